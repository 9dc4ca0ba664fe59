import { clean } from './post-time';
import { byTag } from './tag-list';

/**
 * The line a forum engine prints over an uploaded picture inside the link to its full size: the file's name, its
 * size in pixels, its weight (Discourse's lightbox: `<a class="lightbox"><img><div class="meta"><span
 * class="filename">octoverse.png</span><span class="informations">1365×718 217 KB</span></div></a>`, in every post
 * that shows a picture, its crawler view too). The picture is the post's; the line is the upload's record, no caption.
 */

/** A picture file's name: no spaces needed, an image type's extension at its end. */
const FILE_NAME = String.raw`[^\s/\\]{1,120}\.(?:png|jpe?g|gif|webp|avif|bmp|svg|tiff?|heic)`;

/** A size in pixels, "1365×718" (the sign or a letter x). */
const PIXELS = String.raw`\d{1,5}\s?[×xX]\s?\d{1,5}`;

/** A weight, "217 KB", "1,2 Mo", "35.4 KiB". */
const WEIGHT = String.raw`\d+(?:[.,]\d+)?\s?(?:[kKMG]i?B|[kKMG]o|bytes|Bytes|[кКМ]Б)`;

/** The whole line: a name with its size or weight after it, or a size and a weight alone. */
const FILE_LINE = new RegExp(
  String.raw`^(?:(?:${FILE_NAME})\s*(?:${PIXELS})?\s*(?:${WEIGHT})?|(?:${PIXELS})\s*(?:${WEIGHT}))$`,
);

/** The line needs one of them besides the name: a name alone may be the writer's caption ("diagram.png"). */
const MEASURE = new RegExp(String.raw`${PIXELS}|${WEIGHT}`);

/**
 * Takes the upload's line (see FILE_LINE) out of each link around a picture in `root` (a post's copied text): the
 * boxes and words in the link beside the picture, when all their text is a file's name with its size or weight.
 * Reads only links that hold a picture and words; most posts have none.
 */
export function dropPictureFileLines(root: Element): void {
  for (const a of byTag(root, 'a')) {
    const img = a.querySelector('img');
    if (!img) continue;
    const text = clean(a.textContent);
    if (!text || !MEASURE.test(text) || !FILE_LINE.test(text)) continue;
    // Down the boxes that lead to the picture, what stands beside them goes.
    for (let box: Element | null = a; box && box !== img;) {
      let next: Element | null = null;
      for (const n of [...box.childNodes]) {
        if (n.nodeType === 1 && (n as Element).contains(img)) next = n as Element;
        else n.remove();
      }
      box = next;
    }
  }
}
