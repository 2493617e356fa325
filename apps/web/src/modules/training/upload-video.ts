/**
 * Uploads a video with XMLHttpRequest rather than fetch: only XHR reports upload progress, which a student on a
 * phone connection needs to see for a file of tens of megabytes.
 */
export function uploadExamVideo(
  file: Blob,
  onProgress: (percent: number) => void,
): Promise<{ videoKey: string } | { error: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/uploads/exam-video");
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || "{}") as { videoKey?: string; message?: string };
      resolve(
        xhr.status === 201 && body.videoKey
          ? { videoKey: body.videoKey }
          : { error: body.message ?? `HTTP ${xhr.status}` },
      );
    };
    xhr.onerror = () => resolve({ error: "network" });
    xhr.send(file);
  });
}
