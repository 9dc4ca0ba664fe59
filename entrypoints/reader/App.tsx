import { useLiveQuery } from '@/utils/use-live-query';
import { getDb } from '@/utils/db';
import { ArticleBody } from '@/components/ArticleBody';
import { EmptyState } from '@/components/EmptyState';
import { formatPublished } from '@/utils/format-date';
import { useEffect } from 'preact/hooks';
import { ReextractButton } from '@/components/ReextractButton';

/** The reading view of one saved article (reader.html?id=N). Works offline: everything is local. */
export function App({ id }: { id: number }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [article, content] = await Promise.all([db.articles.get(id), db.contents.get(id)]);
    return { article, content };
  }, [id]);
  useEffect(() => {
    if (data?.article) document.title = data.article.title;
  }, [data?.article?.title]);

  if (!data) return <p class="loading">Loading…</p>;
  const { article, content } = data;
  if (!article) return <EmptyState title="This article is not in your library" hint="It may have been deleted. Open the Offprint popup to see what is saved." />;
  const published = formatPublished(article.publishedTime);
  return (
    <article class="reader" lang={article.lang ?? undefined}>
      <header class="reader-head">
        <p class="reader-site">{article.siteName || article.site}</p>
        <h1 id="article-title">{article.title}</h1>
        <p class="reader-meta">
          {article.byline && <span class="reader-byline">{article.byline}</span>}
          {published && <time dateTime={article.publishedTime ?? undefined}>{published}</time>}
          <span>{article.readingMinutes} min read</span>
          <a href={article.originalUrl} target="_blank" rel="noopener noreferrer" id="original-link">
            View original
          </a>
          <ReextractButton id={id} />
        </p>
      </header>
      {content ? <ArticleBody html={content.html} /> : <p class="missing">The text of this article is missing.</p>}
    </article>
  );
}
