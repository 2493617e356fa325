import { randomBytes } from "node:crypto";
import { DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { s3Env, testEnv } from "@gafus/config";
import { createStorage, ensureBucket, type TStorage } from "@gafus/storage";

/** A bucket of its own on the test S3, emptied and removed afterwards. */
export async function createTestBucket(): Promise<TStorage & { cleanup: () => Promise<void> }> {
  const bucket = `test-${testEnv().TEST_RUN_ID}-${randomBytes(4).toString("hex")}`;
  const storage = createStorage({ ...s3Env({}), S3_ENDPOINT: testEnv().TEST_S3_ENDPOINT, S3_BUCKET: bucket });
  await ensureBucket(storage);
  return {
    ...storage,
    cleanup: async () => {
      const listed = await storage.client.send(new ListObjectsV2Command({ Bucket: bucket }));
      const objects = (listed.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
      if (objects.length)
        await storage.client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects } }));
      await storage.client.send(new DeleteBucketCommand({ Bucket: bucket }));
    },
  };
}
