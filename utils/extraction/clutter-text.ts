import { joinRegExp } from '@/utils/lib/join-regexp';

/** Text of a call to action: newsletter, subscribe, sign-up, pre-order, donate (several languages). */
export const CTA_TEXT = joinRegExp(
  '(',
  [
    /newsletter|subscribe|subscription|sign[ -]?up\b|follow (us|[\p{L} ]{1,30}) on (twitter|x|facebook|instagram)/iu,
    /join the conversation|pre-?order|donate|enter your e-?mail|indicates required|successfu(l)?ly subscribed/iu,
    /abonn|suscr[ií]b|iscriviti|inscreva|anmelden|abonnieren|подпис|підпис|購読|登録/iu,
  ],
  ')',
  'iu',
);

/** Headings of link lists that are not the article (several languages). */
export const LIST_HEADING = joinRegExp(
  '^\\s*(',
  [
    /related( articles?| stories| news| content| posts| topics| links)?|more (news|stories|from|on|in|headlines)/iu,
    /editors['’]? picks|recommended( for you| stories)?|most (read|popular|viewed|shared)|news ?feed/iu,
    /latest( news| stories| headlines)?|trending( now| stories)?|popular( now| stories)?|read (more|next|also)/iu,
    /also read|you (may|might) (also )?like|see also|top stories|don['’]t miss|in other news|what to read next/iu,
    /more from|weiterlesen|mehr zum thema|das könnte sie auch interessieren|meistgelesen|lesen sie auch/iu,
    /noticias relacionadas|te puede interesar|lo más leído|más noticias|читайте также|популярное|похожие/iu,
    /читайте також|популярне|схожі|関連記事|人気記事|おすすめ/iu,
  ],
  ')(?![\\p{L}\\p{N}])',
  'iu',
);

/** Lines a page prints for its machinery, not prose (whole-text matches of short blocks). */
export const NOTICE_TEXT = joinRegExp(
  '^\\s*(',
  [
    /skip to (main )?(content|navigation)|listen to (this|the) (article|story)|advertisement|advertising|advert/iu,
    /anzeige|publicidad|реклама|広告|continue reading( below)?|story continues below|article continues below/iu,
    /(image|photo|slide|picture|bild|foto|imagen|фото) \d+( (of|von|de|из|з))? ?\/? ?\d+|\d+ ?\/ ?\d+/iu,
    /enlarge (this )?image|image( copyright| caption)?|caption|close|updated|view (image|gallery)/iu,
    /this slideshow requires javascript\.?|loading( content)?( ?\.\.\.|…)?/iu,
  ],
  ')\\s*$',
  'iu',
);

/** class/id words of share and follow bars. */
export const SHARE_CLASS = /(^|[-_ ])(share|sharing|social|sharebar|share-?tools|follow-?us)([-_ ]|$)/i;

/** class/id words of cookie and consent banners. */
export const CONSENT_CLASS = /(cookie|consent|gdpr|cmp-)/i;

/** Lines of site boilerplate found at the end of articles: copyright and rights notices. */
export const RIGHTS_TEXT = joinRegExp(
  '(',
  [
    /©|\(c\) \d{4}|copyright|all rights reserved|alle rechte vorbehalten|todos los derechos reservados/i,
    /все права защищены|无断転載/i,
  ],
  ')',
  'i',
);

/** Headings of author boxes at the end of articles. */
export const AUTHOR_BOX = joinRegExp(
  '^\\s*(',
  [
    /about the author|about (him|her)|über den autor|sobre el autor|sobre o autor|à propos de l['’]auteur/iu,
    /об авторе|про автора|著者について/iu,
  ],
  ')\\s*:?\\s*$',
  'iu',
);

/** A line that is only a counter or a number ("6", "1 / 8"): gallery machinery. */
export const COUNTER_TEXT = /^\s*\d{1,3}(\s*(\/|of|von|de|из|з)\s*\d{1,3})?\s*$/iu;

/** Notices about machine-read audio versions ("This audio is generated automatically…"), matched at the start. */
export const AUDIO_TEXT = joinRegExp(
  '^\\s*(',
  [
    /this audio is (created|generated|produced)|this (article|story) (was|is) (read|narrated) by/i,
    /dieser (artikel|text) wurde (automatisch )?vertont|audio generado/i,
  ],
  ')',
  'i',
);

/** Photo credits and caption lines outside <figcaption>: "(Image: GETTY)", "Photo: AP", "Credit: Reuters". */
export const CREDIT_TEXT = joinRegExp(
  '(',
  [
    /\([^()]{0,40}\b(image|photo|picture|pic|credit|foto|bild|imagen|фото)s?\b[^()]{0,80}\)\s*$/iu,
    /^\s*(image|photo|picture|credit|foto|bild|imagen|fotografía|фото)s?( copyright| credit)?\s*:/iu,
    /(getty images|reuters|associated press|ap photo|afp|shutterstock|istock(photo)?|dpa|efe)\s*\)?\s*$/iu,
  ],
  ')',
  'iu',
);

/** "READ MORE: …" / "SEE ALSO: …" lead-ins of links to other articles (a few languages). */
export const READ_MORE_TEXT = joinRegExp(
  '',
  [
    /^\s*(see|read|watch|listen)( more| also| next)?\s*[:|]|^\s*(also read|more)\s*:/iu,
    /^\s*(lesen sie auch|lee también|читайте также|читайте також)\s*:/iu,
  ],
  '',
  'iu',
);

/** Datelines: "Published 10:48, Tue…", "Updated at 1:23 p.m.", "Veröffentlicht am …" (a few languages). */
export const DATELINE_TEXT = joinRegExp(
  '^\\s*\\|?\\s*(',
  [
    /published|updated|posted|last (updated|modified)|veröffentlicht|aktualisiert|publicado|actualizado|publié/iu,
    /mis à jour|опубликовано|обновлено|опубліковано|оновлено|更新|公開/iu,
  ],
  ')\\b',
  'iu',
);

/** A line that is only a web address ("https://…", "www.…"): a printed link, not prose (language-free). */
export const URL_LINE = /^\s*(https?:\/\/|www\.)\S+\s*$/iu;
