// Creates the configured S3 bucket when it is missing (local s3rver; production buckets are provisioned).
import { createStorage, ensureBucket } from "@gafus/storage";

await ensureBucket(createStorage());
