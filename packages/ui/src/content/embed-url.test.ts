import { describe, expect, it } from "vitest";
import { embedUrl } from "./embed-url";

describe("embedUrl", () => {
  it("turns video links into player addresses", () => {
    expect(embedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBe("https://www.youtube.com/embed/dQw4w9WgXcQ");
    expect(embedUrl("https://youtu.be/dQw4w9WgXcQ")).toBe("https://www.youtube.com/embed/dQw4w9WgXcQ");
    expect(embedUrl("https://vimeo.com/76979871")).toBe("https://player.vimeo.com/video/76979871");
    expect(embedUrl("https://rutube.ru/video/0123456789abcdef0123456789abcdef/")).toBe(
      "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef",
    );
    expect(embedUrl("https://vk.com/video-12345_67890")).toBe("https://vk.com/video_ext.php?oid=-12345&id=67890");
  });

  it("embeds nothing else", () => {
    expect(embedUrl("https://evil.example/watch?v=x")).toBeNull();
    expect(embedUrl("javascript:alert(1)")).toBeNull();
    expect(embedUrl("not a url")).toBeNull();
  });
});
