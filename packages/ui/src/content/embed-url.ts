/**
 * The embeddable player address for a link to YouTube, Vimeo, Rutube or VK Video, or null for anything else (we
 * never embed arbitrary sites; the CSP's frame-src lists the same hosts).
 */
export function embedUrl(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, "").replace(/^m\./, "");
  if (host === "youtube.com" && url.searchParams.get("v"))
    return `https://www.youtube.com/embed/${url.searchParams.get("v")}`;
  if (host === "youtu.be" && url.pathname.length > 1) return `https://www.youtube.com/embed${url.pathname}`;
  if (host === "vimeo.com" && /^\/\d+/.test(url.pathname))
    return `https://player.vimeo.com/video${url.pathname.match(/^\/\d+/)![0]}`;
  const rutube = url.pathname.match(/^\/video\/([0-9a-f]{32})/);
  if (host === "rutube.ru" && rutube) return `https://rutube.ru/play/embed/${rutube[1]}`;
  const vk = url.pathname.match(/^\/video(-?\d+)_(\d+)/);
  if ((host === "vk.com" || host === "vkvideo.ru") && vk)
    return `https://vk.com/video_ext.php?oid=${vk[1]}&id=${vk[2]}`;
  return null;
}
