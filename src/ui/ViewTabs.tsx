import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: 'none',
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export type ViewTabsProps<V extends string> = {
  readonly label: string;
  readonly views: readonly V[];
  readonly names: Readonly<Record<V, string>>;
  readonly selected: V;
  readonly onSelect: (view: V) => void;
  /** Tab ids are `${idPrefix}-${view}`, for the tab panel's aria-labelledby. */
  readonly idPrefix: string;
};

/**
 * The pane's view switcher: a WAI-ARIA tab list (arrow keys, Home and End move and select; one
 * tab stop). Written here rather than Fluent's TabList, whose focus manager (tabster) weighs
 * about 20 KB gzip of the thread view's start-up bundle.
 */
export function ViewTabs<V extends string>({
  label,
  views,
  names,
  selected,
  onSelect,
  idPrefix,
}: ViewTabsProps<V>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = views.indexOf(selected);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (at + 1) % views.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (at - 1 + views.length) % views.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? views.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const view = views[next]!;
    onSelect(view);
    list.current?.querySelector<HTMLElement>(`#${idPrefix}-${view}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className={styles.list} onKeyDown={move}>
      {views.map((view) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={`${idPrefix}-${view}`}
          aria-selected={view === selected}
          tabIndex={view === selected ? 0 : -1}
          className={mergeClasses(styles.tab, view === selected && styles.selected)}
          onClick={() => onSelect(view)}
        >
          {names[view]}
        </button>
      ))}
    </div>
  );
}
