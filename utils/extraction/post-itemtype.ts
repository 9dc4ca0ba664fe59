/** schema.org types of one contribution to a thread (microdata `itemtype`). */
export const POST_ITEMTYPE = /schema\.org\/(Comment|Answer|Question|DiscussionForumPosting|SocialMediaPosting)\/?$/i;
