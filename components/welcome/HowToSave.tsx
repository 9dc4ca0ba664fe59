/** The three ways to save a page, as the welcome page shows them. */
export function HowToSave({ menus = true, keys = true }: { menus?: boolean; keys?: boolean }) {
  return (
    <ol class="how" id="how-to-save">
      <li>
        <b>The toolbar button.</b> Click Offprint’s button (pin it from the extensions menu ⧉ to keep it in view): the
        page you see is saved at once, with its images, and the popup lists your library.
      </li>
      {keys && (
        <li>
          <b>The keyboard.</b> Press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> on any page.
        </li>
      )}
      {menus && (
        <li>
          <b>The context menu.</b> Right-click a page and choose <i>Save page to Offprint</i>, or a link and choose{' '}
          <i>Save link to Offprint</i> to save it without opening it.
        </li>
      )}
    </ol>
  );
}
