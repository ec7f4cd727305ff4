import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MailItem } from '../../core/model';
import {
  DEMO_USER,
  type DemoComposer,
  type DemoForms,
  type DemoMailHost,
  type DemoMessage,
} from './demoMailHost';
import type { SampleThread } from './sampleThreads';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  thread: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  body: {
    minHeight: '240px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: 'pre-wrap',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  reading: { whiteSpace: 'pre-wrap' },
  threadRow: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  categories: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** The Outlook categories on a message, as coloured labels; nothing when it has none. */
function CategoryLabels({ host, message }: { host: DemoMailHost; message: DemoMessage | null }) {
  const styles = useStyles();
  const names = message ? host.categoriesOf(message) : [];
  if (names.length === 0) return null;
  return (
    <ul className={styles.categories} aria-label="Categories">
      {names.map((name) => (
        <li key={name}>
          <Badge appearance="tint" color="brand">
            {name}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

type ComposeState = { to: string; subject: string; html: string; threadId?: string; key: number };

export type DemoMailboxProps = {
  host: DemoMailHost;
  threads: readonly SampleThread[];
  onCompose: (open: DemoForms['openCompose']) => void;
};

/** The demo's mailbox: sample threads, a reading pane, and a compose box with a real caret. */
export function DemoMailbox({ host, threads, onCompose }: DemoMailboxProps) {
  const styles = useStyles();
  const [reading, setReading] = useState<MailItem | null>(null);
  const [compose, setCompose] = useState<ComposeState | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const caret = useRef<Range | null>(null);
  const fields = useRef({ to: '', subject: '', threadId: undefined as string | undefined });
  /** The recipients the sidebar last heard of. */
  const notifiedTo = useRef('');
  const composer = useRef<DemoComposer | null>(null);
  // Categories live in the host: draw again when Duly tags a message.
  const [, setTagged] = useState(0);
  useEffect(() => host.onCategoriesChanged(() => setTagged((n) => n + 1)), [host]);

  const openCompose = useCallback<DemoForms['openCompose']>((c) => {
    const to = c.to.join(', ');
    fields.current = { to, subject: c.subject, threadId: c.threadId };
    setReading(null);
    setCompose({ ...c, to, key: Date.now() });
  }, []);
  useEffect(() => onCompose(openCompose), [onCompose, openCompose]);

  // Remember the caret inside the body, so the sidebar inserts where the user was typing.
  useEffect(() => {
    const remember = () => {
      const selection = document.getSelection();
      const body = bodyRef.current;
      if (body && selection && selection.rangeCount > 0 && body.contains(selection.anchorNode)) {
        caret.current = selection.getRangeAt(0).cloneRange();
      }
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    if (!compose || !body) return;
    body.innerHTML = compose.html;
    caret.current = null;
    composer.current = {
      item: () => ({
        direction: 'compose',
        from: DEMO_USER,
        to: fields.current.to
          .split(/[,;]/)
          .map((a) => a.trim())
          .filter(Boolean),
        cc: [],
        subject: fields.current.subject,
        body: body.innerText,
        threadId: fields.current.threadId,
      }),
      insertHtml: (html) => {
        const range =
          caret.current && body.contains(caret.current.startContainer) ? caret.current : null;
        // The engine's HTML comes from a fixed tag allow-list with every value escaped.
        if (range) {
          range.deleteContents();
          const fragment = range.createContextualFragment(html);
          const last = fragment.lastChild;
          range.insertNode(fragment);
          if (last) {
            range.setStartAfter(last);
            range.collapse(true);
          }
        } else {
          body.insertAdjacentHTML('beforeend', html);
        }
      },
    };
    notifiedTo.current = fields.current.to;
    host.compose(composer.current);
  }, [compose, host]);

  const open = (thread: SampleThread) => {
    if (thread.item.direction === 'compose') {
      openCompose({
        to: thread.item.to,
        subject: thread.item.subject,
        html: '',
        threadId: thread.item.threadId,
      });
    } else {
      setCompose(null);
      setReading(thread.item);
      host.read(thread.item);
    }
  };

  return (
    <>
      <nav aria-label="Sample threads">
        <Subtitle1 as="h1">Demo mailbox</Subtitle1>
        <ul className={styles.list}>
          {threads.map((t) => (
            <li key={t.key} className={styles.threadRow}>
              <Button appearance="subtle" className={styles.thread} onClick={() => open(t)}>
                {`${t.item.direction === 'compose' ? '✎ ' : ''}${t.item.direction === 'inbound' ? t.item.from : t.item.to.join(', ')} — ${t.label}`}
              </Button>
              <CategoryLabels host={host} message={t.item} />
            </li>
          ))}
        </ul>
      </nav>
      <section className={styles.pane} aria-label={compose ? 'New message' : 'Reading pane'}>
        {reading && (
          <article aria-label="Open message">
            <Subtitle1 as="h2" block>
              {reading.subject}
            </Subtitle1>
            <Caption1 block>{`From ${reading.from} to ${reading.to.join(', ')}`}</Caption1>
            <CategoryLabels host={host} message={reading} />
            <Body1 as="p" className={styles.reading}>
              {reading.body}
            </Body1>
          </article>
        )}
        {compose && (
          <form aria-label="Compose" onSubmit={(e) => e.preventDefault()}>
            <CategoryLabels host={host} message={composer.current} />
            <Field label="To">
              <Input
                defaultValue={compose.to}
                key={`to-${compose.key}`}
                onChange={(_, d) => (fields.current.to = d.value)}
                // Recipients decide the customer: tell the sidebar when they change (as Outlook's
                // RecipientsChanged does), not on every blur, which would reload the pane.
                onBlur={() => {
                  if (!composer.current || fields.current.to === notifiedTo.current) return;
                  notifiedTo.current = fields.current.to;
                  host.compose(composer.current);
                }}
              />
            </Field>
            <Field label="Subject">
              <Input
                defaultValue={compose.subject}
                key={`subject-${compose.key}`}
                onChange={(_, d) => (fields.current.subject = d.value)}
              />
            </Field>
            <div
              ref={bodyRef}
              className={styles.body}
              contentEditable
              role="textbox"
              aria-multiline="true"
              aria-label="Message body"
              tabIndex={0}
              suppressContentEditableWarning
            />
          </form>
        )}
        {!reading && !compose && <Body1>Pick a thread on the left.</Body1>}
      </section>
    </>
  );
}
