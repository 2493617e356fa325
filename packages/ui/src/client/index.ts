export { useHydrated } from "./use-hydrated";
export { HlsPlayer } from "./hls-player";
export { apiCall, apiUpload } from "./api-client";
export type { TApiRequest, TUploadRequest } from "./api-client";
export { readAnswer, readerLocale } from "./api-failure";
export type { TApiFailure, TApiResult, TApiSuccess } from "./api-failure";
