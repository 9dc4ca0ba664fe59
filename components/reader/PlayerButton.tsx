/**
 * A button of the Listen player: an icon (an SVG path), named by `label` (shown next to the icon when
 * `showLabel`), with its keyboard shortcut in the tooltip.
 */
export function PlayerButton({
  id,
  label,
  shortcut,
  icon,
  onClick,
  disabled,
  primary = false,
  showLabel = false,
}: {
  id: string;
  label: string;
  shortcut: string;
  icon: string;
  onClick(): void;
  disabled: boolean;
  primary?: boolean;
  showLabel?: boolean;
}) {
  return (
    <button
      type="button"
      class={primary ? 'btn primary' : 'btn'}
      id={id}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={`${label} (${shortcut})`}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={icon} fill="currentColor" />
      </svg>
      {showLabel && label}
    </button>
  );
}
