export type TRung = { name: string; width: number; height: number; videoKbps: number; audioKbps: number };

const LADDER = [
  { short: 720, videoKbps: 2800, audioKbps: 128 },
  { short: 480, videoKbps: 1400, audioKbps: 96 },
  { short: 360, videoKbps: 800, audioKbps: 64 },
] as const;

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * The HLS ladder for a source: the 720p/480p/360p rungs no larger than the source (never upscaled), or one rung at
 * the source's own size when it is smaller than 360p. "p" is the short side, so portrait phone videos get the same
 * quality as landscape ones.
 */
export function planLadder(source: { width: number; height: number }): TRung[] {
  const isPortrait = source.height > source.width;
  const sourceShort = Math.min(source.width, source.height);
  const sourceLong = Math.max(source.width, source.height);
  const size = (short: number) => {
    const long = even((sourceLong * short) / sourceShort);
    return isPortrait ? { width: even(short), height: long } : { width: long, height: even(short) };
  };
  const rungs = LADDER.filter((rung) => rung.short <= sourceShort).map((rung) => ({
    name: `${rung.short}p`,
    ...size(rung.short),
    videoKbps: rung.videoKbps,
    audioKbps: rung.audioKbps,
  }));
  if (rungs.length > 0) return rungs;
  const short = even(sourceShort);
  return [{ name: `${short}p`, ...size(short), videoKbps: 500, audioKbps: 64 }];
}
