// Whether a block above or around a thread's posts was written by a member of the same site as the posts: its author
// link has the shape of theirs (a topic's "/user/rjones" beside replies by "/user/PlumbPro_Dave").

/**
 * The shape of a member's address: its host, its path without the last segment (the member's name or number) and the
 * names of its query's parameters ("/user/rjones" → "/user", "member.php?u=41" → "member.php?u"). Null for an address
 * that cannot be read.
 */
export function memberShape(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'http://page.invalid/');
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const keys = [...url.searchParams.keys()].sort().join('&');
  // With parameters the page's name stays ("member.php"): the member is in the query.
  const path = keys ? segments : segments.slice(0, -1);
  return `${url.host}/${path.join('/')}?${keys}`;
}

/**
 * True when the first member link of `head` outside `posts` (a link `isMember` accepts) has the shape of the first
 * member link of half of the posts or more (see memberShape): the block is a post of the thread, written by one of its
 * members, whatever its tag. A blog post above its comments is signed by an author's page ("/author/jane/") while its
 * commenters link to their own sites, or to nothing; a forum topic's starter and its repliers link to one kind of
 * member page.
 */
export function postedByMember(head: Element, posts: Element[], isMember: (href: string) => boolean): boolean {
  const firstMember = (root: Element, skip?: Element[]) => {
    for (const a of root.getElementsByTagName('a')) {
      if (skip?.some((p) => p.contains(a))) continue;
      const href = a.getAttribute('href');
      if (href && isMember(href)) return memberShape(href);
    }
    return null;
  };
  const own = firstMember(head, posts);
  if (!own) return false;
  const same = posts.filter((p) => firstMember(p) === own).length;
  return same * 2 >= posts.length;
}
