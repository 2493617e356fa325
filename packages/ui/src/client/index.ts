export { useHydrated } from "./use-hydrated";
export { HlsPlayer } from "./hls-player";
