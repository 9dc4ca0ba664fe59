import { HowToSave } from '@/components/welcome/HowToSave';
import { WelcomePermissions } from '@/components/welcome/WelcomePermissions';
import { ImportSection } from '@/components/options/ImportSection';

/** The welcome page, opened once after install: how to save, the image permission, and imports. */
export function App({ menus, keys }: { menus: boolean; keys: boolean }) {
  return (
    <main class="options welcome">
      <header class="options-head">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>Welcome to Offprint</h1>
      </header>
      <p class="lead">
        Save what you read, read it later, offline, without an account. Your library stays in this browser.
      </p>
      <section class="card" aria-labelledby="save-title">
        <h2 id="save-title">Save a page</h2>
        <HowToSave menus={menus} keys={keys} />
      </section>
      <section class="card" aria-labelledby="permissions-title">
        <h2 id="permissions-title">One permission, if you like</h2>
        <WelcomePermissions />
      </section>
      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">Bring your reading list</h2>
        <p>Coming from Pocket, Instapaper or Omnivore? Import their export file, or your browser’s bookmarks.</p>
        <ImportSection />
      </section>
      <p class="welcome-foot">
        <a href="/options.html">All settings</a> · <a href="/privacy.html">Privacy: what Offprint stores</a>
      </p>
    </main>
  );
}
