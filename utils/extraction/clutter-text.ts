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

/**
 * Headings of a list of the site's other posts after a post, by language ("Related posts", "You may also like",
 * "Ähnliche Beiträge", "À lire aussi", "Lea también", "Leia também", "Leggi anche", "Lees ook", "Zobacz także",
 * "Похожие статьи"): the part LIST_HEADING (a heading that starts with one) and post-tail's OTHER_POSTS_HEADING (a
 * heading that is one, opening a post's tail) share. A language's forms added here reach both; forms only one of them
 * takes stay in its own list (LIST_HEADING's "See also" heads a manual's list of links, never a post's tail).
 */
export const OTHER_POSTS_PARTS: RegExp[] = [
  /related posts?|you (may|might) also like/iu,
  /(ähnliche|verwandte|weitere) (beiträge|artikel)|das könnte (dich|sie) auch interessieren/iu,
  /vous aimerez aussi|(à )?lire aussi|sur le même (sujet|thème)|articles (similaires|liés|connexes)/iu,
  /(lea|vea) también|art[íi]culos relacionados|entradas relacionadas/iu,
  /(leia|veja) também|artigos relacionados|leggi anche|articoli (correlati|simili)|potrebbe interessarti/iu,
  /lees ook|gerelateerde (artikelen|berichten)/iu,
  /(zobacz|czytaj) (także|też)|podobne (artykuły|wpisy)|powiązane (artykuły|wpisy)/iu,
  /похожие (статьи|записи)|схожі (статті|записи)/iu,
];

/**
 * Headings of link lists that are not the article (several languages): a heading that starts with one of these or
 * with one of OTHER_POSTS_PARTS.
 */
export const LIST_HEADING = joinRegExp(
  '^\\s*(',
  [
    /related( articles?| stories| news| content| posts| topics| links)?|more (news|stories|from|on|in|headlines)/iu,
    /editors['’]? picks|recommended( for you| stories)?|most (read|popular|viewed|shared)|news ?feed/iu,
    /latest( news| stories| headlines)?|trending( now| stories)?|popular( now| stories)?|read (more|next|also)/iu,
    /also read|you (may|might) (also )?like|see also|top stories|don['’]t miss|in other news|what to read next/iu,
    /more from|weiterlesen|mehr zum thema|meistgelesen|lesen sie auch/iu,
    /noticias relacionadas|te puede interesar|lo más leído|más noticias|читайте также|популярное|похожие/iu,
    /читайте також|популярне|схожі|関連記事|人気記事|おすすめ/iu,
    /(customers|people|shoppers) who (viewed|bought) this|frequently bought together|recently viewed/iu,
    /complete the (set|look)|similar (items|products)|keep exploring|kunden, die|kunden kauften auch/iu,
    /upcoming events|news flash|news (and|&) events|quick links/iu,
    /from (the|our) (blog|journal|newsroom)/iu,
    ...OTHER_POSTS_PARTS,
  ],
  ')(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * Headings of a manual's box that asks readers to report its mistakes or edit it ("Submit correction", "Found a
 * typo?", "Improve this page", "Edit this page on GitHub"; German, French, Spanish, Italian, Portuguese forms): the
 * whole heading, with a question or exclamation mark at most.
 */
export const CORRECTION_HEADING = joinRegExp(
  '^\\s*(',
  [
    /submit (a )?corrections?|report (a |an )?(documentation |doc )?(issue|problem|bug|error|mistake|typo)/iu,
    /(found|spotted|see|notice) (a |an )?(typo|mistake|error|problem|issue)/iu,
    /suggest (an? )?(edit|change|correction)s?/iu,
    /improve this (page|doc|document|article|guide)|edit this (page|doc|article)( on github| on gitlab)?/iu,
    /help us improve( this page| the docs| the documentation| our docs)?|is something (wrong|missing)( here)?/iu,
    /fehler (melden|gefunden)|diese seite (verbessern|bearbeiten)|signaler une erreur|améliorer cette page/iu,
    /modifier cette page|reportar un (error|problema)|mejorar esta página|editar esta página|segnala un errore/iu,
    /migliora questa pagina|modifica questa pagina|relatar um (erro|problema)|melhorar esta página/iu,
  ],
  ')\\s*[?!.]?\\s*$',
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
    // A copy button's confirmation, printed in the page for the click (Dokka's "Link copied to clipboard" beside every
    // member, a code block's "Copied!").
    /(link |code )?copied( to (the )?clipboard)?!?|(lien|code) copié( dans le presse-papiers)?|(link|code) kopiert/iu,
    /(enlace|código|link) copiado( al portapapeles| para a área de transferência)?|(link )?copiato|скопировано/iu,
  ],
  ')\\s*$',
  'iu',
);

/**
 * A comment section's state and form lines, whole lines: "Comments are closed.", "No comments yet", "Be the first to
 * comment", "Only registered users can comment and rate.", "Leave a Reply" (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Polish). Machinery of the page around the article, never its prose.
 */
export const COMMENT_STATE_TEXT = joinRegExp(
  '^\\s*(',
  [
    /comments? (are|is) (now )?(closed|disabled|turned off)|(there are )?no comments( yet)?/iu,
    /be the first to comment|(you must be|please) (logged|signed) in to (post a )?comment/iu,
    /only (registered|logged[- ]in) (users|members) can [^.!?]{0,60}/iu,
    /leave a (reply|comment)|post a comment|add (a|your) comment|write a comment/iu,
    /(leider )?(sind )?(bisher |noch )?keine kommentare( vorhanden| möglich)?/iu,
    /kommentare sind (geschlossen|deaktiviert)/iu,
    /nur (angemeldete|registrierte) (benutzer|nutzer|mitglieder) können [^.!?]{0,60}/iu,
    /(schreibe|hinterlasse) einen kommentar|kommentar (schreiben|verfassen)/iu,
    /les commentaires sont (fermés|désactivés)|aucun commentaire|laisser un commentaire/iu,
    /los comentarios están cerrados|(aún |todavía )?no hay comentarios|(deja|dejar|escribe) (un|tu) comentario/iu,
    /i commenti sono chiusi|nessun commento|lascia un commento|os comentários estão (fechados|encerrados)/iu,
    /(nenhum|sem) comentário|deixe (um|seu) comentário|reacties zijn gesloten|geen reacties|laat een reactie achter/iu,
    /brak komentarzy|komentarze (są )?(wyłączone|zamknięte)|dodaj komentarz/iu,
  ],
  ')[\\s.!:]*$',
  'iu',
);

/** class/id words of share and follow bars. */
export const SHARE_CLASS = /(^|[-_ ])(share|sharing|social|sharebar|share-?tools|follow-?us)([-_ ]|$)/i;

/**
 * class/id words of cookie and consent banners. "cmp" (consent management platform) counts inside a vendor's
 * word ("qc-cmp2-container", "qc-cmp-persistent-link") or alone, not as a word's first part: Adobe Experience
 * Manager names every component `cmp-…` ("cmp-text", "cmp-teaser", "cmp-container"), so its pages lost their text.
 */
export const CONSENT_CLASS = /(cookie|consent|gdpr|cmpbox|[a-z\d][-_]cmp\d*[-_]|(^|\s)cmp(\s|$))/i;

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

/**
 * Photo credits and caption lines outside <figcaption>: "(Image: GETTY)", "Photo: AP", "Credit: Reuters". Not a name
 * that opens with a namespace's "::" ("Image::ExifTool::Shift.pl - …", a Perl module's NAME line; PHP's "Image::make").
 */
export const CREDIT_TEXT = joinRegExp(
  '(',
  [
    /\([^()]{0,40}\b(image|photo|picture|pic|credit|foto|bild|imagen|фото)s?\b[^()]{0,80}\)\s*$/iu,
    /^\s*(image|photo|picture|credit|foto|bild|imagen|fotografía|фото)s?( copyright| credit)?\s*:(?!:)/iu,
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
    /^\s*(lea (también|más)|vea también|(à )?lire aussi|(leia|veja) também|leggi anche|lees ook)\s*[:|]/iu,
    /^\s*((czytaj|zobacz) (także|też))\s*[:|]/iu,
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

/**
 * Reader-support appeals and membership upsells: "support our journalism", "funded by readers", "cancel a
 * monthly gift", "become a member" (English, German, French, Spanish, Italian, Portuguese). Matched anywhere
 * in a box that also holds a support link (see SUPPORT_HREF): the words alone also occur in news.
 */
export const APPEAL_TEXT = joinRegExp(
  '(',
  [
    /support (our|independent|quality|local|public[- ]interest|nonprofit|non-profit) (\w+ )?journalism/iu,
    /support this kind of (\w+ )?journalism/iu,
    /(funded|supported|made possible|paid for|powered) by (our |its )?(readers|members|listeners|supporters|you)/iu,
    /reader[- ](funded|supported)|readers like you|(small|quick) favou?r to ask|chip in|pitch in/iu,
    /become a (member|supporter|patron|subscriber|donor)|join (us|today|now|our members)|membership/iu,
    /(make|give) a (donation|contribution|gift)/iu,
    /(monthly|one-time|recurring|annual|yearly) (gift|donation|contribution)/iu,
    /cancel (a|your|the) (monthly |recurring )?(gift|donation|contribution|membership)/iu,
    /donate (now|today)|give (now|today)/iu,
    /(rely|depend|count)s? on (readers|you|your support)/iu,
    /your (support|donation|contribution|gift) (helps|keeps|makes|allows)/iu,
    /unlimited access|subscribe (now|today) for|start (your )?free trial|already (a )?(member|subscriber)\b/iu,
    /(unabhängigen |unseren |guten )?journalismus (unterstützen|fördern)/iu,
    /unterstützen sie (uns|unseren|unabhängigen|den)/iu,
    /jetzt (unterstützen|spenden|mitglied werden)|mitglied werden/iu,
    /(von|durch) (unseren |unsere )?leser\p{L}* finanziert/iu,
    /freiwillig(en)? (beitrag|zahlen|unterstützen)|monatlich(e|en)? (spende|beitrag|unterstützung)/iu,
    /soute(nez|nir) (notre|un|le|la) (journalisme|rédaction|média|information)|fai(tes|re) un don|don mensuel/iu,
    /devenez (membre|abonné|donateur|donatrice)|financé par (nos|ses) (lecteurs|lectrices|abonnés)|nous soutenir/iu,
    /apoy(a|e|ar) (el|nuestro|un) periodismo/iu,
    /haz(te)? (una donación|socio|socia|miembro)|hazte (socio|socia|miembro)/iu,
    /financiad[oa] por (nuestros|sus) (lectores|socios|suscriptores)/iu,
    /donación mensual|cancelar (tu|una) donación|dona (ahora|hoy)/iu,
    /sostieni (il nostro|il|un) giornalismo|fai una donazione|apoie (o|nosso) jornalismo|faça uma doação/iu,
  ],
  ')',
  'iu',
);

/** Where a support link leads: a donation, membership or subscription page, or a giving platform. */
export const SUPPORT_HREF = new RegExp(
  '(/(donate|donations?|support(-us)?|contribute|contributions?|membership|members?|become-a-member|join|' +
    'subscribe|subscriptions?|abo|abonnement|abonnieren|spenden|unterstuetzen|soutenir|soutien|faire-un-don|' +
    'dons?|dona|donar|donaciones|apoya|hazte-socio|socios|sostienici|abbonati|apoie|assine|checkout)\\b|' +
    '\\b(paypal\\.com|patreon\\.com|steadyhq\\.com|ko-fi\\.com|buymeacoffee\\.com|donorbox\\.org|' +
    'givebutter\\.com|fundraiseup\\.com|memberful\\.com|helloasso\\.com|tipeee\\.com|donately\\.com)\\b)',
  'i',
);

/**
 * "Listen to this article" players: their label, matched at the start of a short box holding a control:
 * a phrase naming the article, or a bare verb alone or before a duration ("Listen · 5 min", "Anhören 4:12")
 * (English, German, French, Spanish, Italian, Portuguese, and the widgets' own credits).
 */
export const LISTEN_TEXT = joinRegExp(
  '^[^\\p{L}\\p{N}]*(',
  [
    /listen to (this|the) (article|story|episode|piece|report)/iu,
    /hear this (article|story)|play (this )?(article|story)/iu,
    /audio version|narrated (version|by)|read aloud|text[- ]to[- ]speech|powered by (trinity audio|beyondwords)/iu,
    /(artikel|beitrag|text) (anhören|vorlesen( lassen)?)|hören sie (diesen|den) (artikel|beitrag)|audioversion/iu,
    /écout(er|ez) (cet|l['’] ?|cette) ?(article|actualité)|version audio|lire (l['’] ?article )?à voix haute/iu,
    /escucha(r)? (este|esta|el|la) (artículo|noticia|texto|contenido)|versión (en )?audio/iu,
    /ascolta (l['’] ?|questo )articolo|versione audio|ouvir (este|o) (artigo|texto)|ouça (este|a) (artigo|notícia)/iu,
    /(listen|anhören|vorlesen|écouter|escuchar|ascolta|ouvir)(\s*$|[^\p{L}\p{N}]*\d)/iu,
  ],
  ')',
  'iu',
);

/** class/id words of audio players and text-to-speech widgets. */
export const PLAYER_CLASS = /(^|[-_ ])(audio|player|listen|tts|speechify|trinity|beyondwords|readspeaker|voice)/i;

/**
 * class/id words of a folded panel: a tab's panel, an accordion's or FAQ's body, a "read more" fold.
 * Hidden until a click, it is the page's content (a service page's FAQ answers, a product's tabs).
 */
export const PANEL_CLASS = /(accordion|collaps|tab-?pane|tab-?panel|tab-?content|faq|answer|expand|disclosure)/i;

/**
 * class words of the page's machine-readable title, author and date a theme prints for search engines and hides with
 * its style sheet: Avada's `rich-snippet-hidden` (hAtom's `entry-title`, `vcard`, `updated` at the top of every page:
 * "admin", "2024-03-11T09:42:17+00:00").
 */
export const SNIPPET_CLASS = /(^|\s)rich-snippet-hidden(\s|$)/;

/** class/id words that make a folded block a menu after all ("navbar-collapse", "menu-expand"). */
export const MENU_CLASS = /(nav|menu|dropdown|drawer|modal|popup|dialog|search|cookie|consent)/i;

/**
 * A line of the main region that is a call to action made of links or buttons: a verb of doing and words
 * that name no thing of the page ("Apply Now View Rates", "Contact sales", "Book Your Free Demo", "Learn
 * more", "Talk to a specialist", "Schedule a strategy call", "Open app", "Let's connect", "Connect with us").
 * "Shop Van Gogh Watercolors" names a category and stays. Matched only on short link-only lines outside
 * headings and lists (see removeRegionLines).
 */
const ACTION_VERB =
  '(apply|book|buy|shop|order|register|sign (in|up)|log ?in|join|start|get|try|request|schedule|contact|' +
  'talk to|call|download|explore|discover|learn|see|view|find out|compare|read|watch|continue|add to|write|' +
  "subscribe|enrol+|claim|browse|deploy|connect with|let[’']?s (connect|talk|chat)|mehr|ver|en savoir)";
const ACTION_OBJECT =
  '(now|today|here|more|all|it|us|our|the|your|a|an|for|free|started|in|up|online|sales|demo|quote|trial|' +
  'app|products?|services?|pricing|plans?|rates|details|deploying|review|cart|bag|basket|lesson|tour|video|' +
  'consultation|appointment|account|course|program|specialists?|experts?|advisors?|strategy|call|offers|' +
  'erfahren|más|plus)';
export const ACTION_LINE = new RegExp(`^(\\s*${ACTION_VERB}(\\s+${ACTION_OBJECT})*\\s*[.!›»→>]?)+\\s*$`, 'iu');

/** Account lines: "Sign in", "Sign in or join", "Join for free or log in", "Create account", "Open (in) app". */
const ACCOUNT =
  '(sign in|sign up|log ?in|log ?out|register|create (an |your )?account|my account|join( for free| now| us)?)';
export const ACCOUNT_LINE = new RegExp(
  `^\\s*(${ACCOUNT}(\\s*(or|and|/|\\||·)\\s*${ACCOUNT})*` +
    '|open (in |the )?app|get the app|anmelden|iniciar sesión|se connecter)\\s*[.!]?\\s*$',
  'iu',
);

/**
 * Shop machinery of a product or category page: cart notices, shipping and returns promises, alerts,
 * review prompts, seller lines, loyalty points, payment-safety notes (whole lines).
 */
export const COMMERCE_LINE = joinRegExp(
  '^\\s*(',
  [
    /free (shipping|delivery|returns?)\b.{0,60}|easy returns\.?|(item )?added to (your )?(cart|bag|basket)\b.{0,40}/iu,
    /([$€£]\s?[\d.,]+\s*)?add to (cart|bag|basket|wish ?list|favou?rites)\b.{0,40}|price alert/iu,
    // The same notices in French, German, Spanish, Italian, Dutch and Portuguese.
    /(livraison|expédition) (offerte|gratuite)\b.{0,60}|(kostenloser|gratis) versand\b.{0,60}/iu,
    /versandkostenfrei\b.{0,60}|env[íi]o (gratis|gratuito)\b.{0,60}|spedizione gratuita\b.{0,60}/iu,
    /gratis verzending\b.{0,60}|frete gr[áa]tis.{0,60}/iu,
    /ajouter au panier|in den warenkorb( legen)?|añadir al carrito|aggiungi al carrello/iu,
    /in winkelwagen|adicionar ao carrinho/iu,
    /verified (buyer|purchase)/iu,
    /write a review|be the first to review.{0,60}|sold by .{1,40}|ships from:? .{1,40}/iu,
    /returns? (&|and) exchanges accepted|members earn .{1,40} points.{0,40}/iu,
    /your payment information is processed securely.{0,120}|secure (checkout|payment)\.?/iu,
  ],
  ')\\s*$',
  'iu',
);

/** Counters of a listing or a post: "Showing 24 of 133 results", "1–20 of 300", "1.2k views", "12 comments". */
const COUNT = '\\d[\\d,.]*';
const RANGE = `${COUNT}(\\s*(-|–|to)\\s*${COUNT})?`;
const NOUN = '(\\s*(results?|items?|products?|entries|listings|articles|posts))?\\.?';
export const RESULT_COUNTER = new RegExp(
  `^\\s*((showing|displaying|viewing|results?:?)\\s*${RANGE}(\\s*(of|out of)\\s*${COUNT})?${NOUN}` +
    `|${RANGE}\\s*(of|out of)\\s*${COUNT}${NOUN}` +
    `|${COUNT}\\s*[km]?\\s*(views?|comments?|likes?|shares?|replies|reads|followers|votes|points))\\s*$`,
  'iu',
);
