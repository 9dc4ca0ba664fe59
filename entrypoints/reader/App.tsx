import { useLiveQuery } from '@/components/hooks/use-live-query';
import { getDb } from '@/utils/storage/db';
import { ArticleBody } from '@/components/reader/ArticleBody';
import { EmptyState } from '@/components/EmptyState';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { TagEditor } from '@/components/reader/TagEditor';
import { useReaderSettings } from '@/components/hooks/use-reader-settings';
import { useReadingProgress } from '@/components/hooks/use-reading-progress';
import { backToList, useReaderActions } from '@/components/hooks/use-reader-actions';
import { formatPublished } from '@/utils/lib/format-date';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReextractButton } from '@/components/reader/ReextractButton';
import { ArticleExport } from '@/components/reader/ArticleExport';
import { useHighlights } from '@/components/hooks/use-highlights';
import { ReaderHighlights } from '@/components/reader/ReaderHighlights';
import { ListenPlayer } from '@/components/reader/ListenPlayer';
import { useStoredImages } from '@/components/hooks/use-stored-images';
import { LeadImage } from '@/components/reader/LeadImage';
import { ReadingBar } from '@/components/reader/ReadingBar';
import { FetchArticle } from '@/components/reader/FetchArticle';
import { pageKindLabel } from '@/utils/lib/page-kind-label';

/** The reading view of one saved article (reader.html?id=N). Works offline: everything is local. */
export function App({ id }: { id: number }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [article, content] = await Promise.all([db.articles.get(id), db.contents.get(id)]);
    return { article, content };
  }, [id]);
  const images = useStoredImages(id);
  useEffect(() => {
    if (data?.article) document.title = data.article.title;
  }, [data?.article?.title]);
  const [settings, changeSettings] = useReaderSettings();
  const actions = useReaderActions(data?.article);
  // The rendered body (replaced when its HTML or images change): highlights and Listen work on its text.
  const [body, setBody] = useState<{ el: HTMLElement | null; count: number }>({ el: null, count: 0 });
  const title = useRef<HTMLHeadingElement>(null);
  const highlights = useHighlights(id, data?.content?.updatedAt, body.el, body.count);
  const [panel, setPanel] = useState(false);
  const [listen, setListen] = useState(false);
  useReadingProgress(data?.article, !!data?.content, () => {
    if (settings.archiveWhenFinished && data?.article?.status === 'unread')
      void actions.archive('archived', 'Finished: moved to Archive');
  });

  if (!data || !images) return <p class="loading">Loading…</p>;
  const { article, content } = data;
  if (!article)
    return (
      <EmptyState
        title="This article is not in your library"
        hint="It may have been deleted. Open the Offprint popup to see what is saved."
      />
    );
  const published = formatPublished(article.publishedTime);
  const kindLabel = pageKindLabel(article);
  const lang = article.lang ?? undefined; // on the article's own words, not on the app's controls
  const left = Math.max(1, Math.round(article.readingMinutes * (1 - (article.progress ?? 0))));
  return (
    <>
      <header class="reader-top">
        <ReadingBar />
        <ReaderToolbar
          article={article}
          settings={settings}
          onSettings={changeSettings}
          onBack={backToList}
          onArchive={() => actions.archive()}
          onFavorite={() => actions.favorite()}
          notice={actions.notice}
          tools={
            <>
              <button
                class="bar-btn"
                id="listen-toggle"
                aria-expanded={listen}
                aria-controls="listen-player"
                onClick={() => setListen(!listen)}
                title="Read the article aloud"
              >
                Listen
              </button>
              <button
                class="bar-btn"
                id="highlights-toggle"
                aria-expanded={panel}
                aria-controls="highlights"
                onClick={() => setPanel(!panel)}
                title="Show the article's highlights"
              >
                Highlights
                {highlights.anchored.length > 0 && <span class="count"> {highlights.anchored.length}</span>}
              </button>
            </>
          }
        />
      </header>
      {listen && (
        <ListenPlayer
          lang={article.lang}
          title={title.current}
          body={body.el}
          renderCount={body.count}
          painter={highlights.painter}
          settings={settings}
          onSettings={changeSettings}
          onClose={() => setListen(false)}
        />
      )}
      <main class="reader">
        <header class="reader-head">
          <p class="reader-site">
            {article.siteName || article.site}
            {kindLabel && (
              <span class="reader-kind" id="reader-kind">
                <span aria-hidden="true"> · </span>
                {kindLabel}
              </span>
            )}
          </p>
          <h1 id="article-title" lang={lang} ref={title}>
            {article.title}
          </h1>
          <p class="reader-meta">
            {article.byline && (
              <span class="reader-byline" lang={lang}>
                {article.byline}
              </span>
            )}
            {published && <time dateTime={article.publishedTime ?? undefined}>{published}</time>}
            <span id="reading-time">
              {article.progress > 0 && article.progress < 0.98
                ? `${left} min left of ${article.readingMinutes}`
                : `${article.readingMinutes} min read`}
            </span>
            <a href={article.originalUrl} target="_blank" rel="noopener noreferrer" id="original-link">
              View original
            </a>
            <ArticleExport article={article} />
            <ReextractButton id={id} />
          </p>
          <TagEditor id={article.id} tags={article.tags ?? []} />
        </header>
        <LeadImage url={article.leadImageUrl} bodyHtml={content?.html ?? ''} images={images} />
        {content ? (
          <ArticleBody
            html={content.html}
            images={images}
            kind={article.pageKind}
            lang={lang}
            onRendered={(el) => {
              if (!performance.getEntriesByName('offprint:body').length) performance.mark('offprint:body');
              setBody((b) => ({ el, count: b.count + 1 }));
            }}
          />
        ) : article.kind === 'link' ? (
          <FetchArticle article={article} />
        ) : (
          <p class="missing">The text of this article is missing.</p>
        )}
        {/* In the main landmark: the selection toolbar, the editor and the panel act on the article. */}
        <ReaderHighlights
          articleId={article.id}
          contentAt={content?.updatedAt}
          body={body.el}
          state={highlights}
          color={settings.highlightColor}
          onColor={(c) => changeSettings({ highlightColor: c })}
          panelOpen={panel}
          onPanelOpen={() => setPanel(true)}
          onPanelClose={() => setPanel(false)}
          notify={actions.show}
        />
      </main>
    </>
  );
}
