/** The list's message when it has nothing to show. */
export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <div class="empty" role="status">
      <svg class="empty-icon" viewBox="0 0 48 48" aria-hidden="true">
        <path d="M12 6h18l8 8v28H12z" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" />
        <path d="M18 22h14M18 28h14M18 34h9" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </svg>
      <p class="empty-title">{title}</p>
      {hint && <p class="empty-hint">{hint}</p>}
    </div>
  );
}
