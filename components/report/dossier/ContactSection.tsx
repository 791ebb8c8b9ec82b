import { useState } from 'preact/hooks';
import type { I18n } from '../../../lib/i18n/translate';
import type { PublicContact } from '../../../lib/dossier/types';

function CopyButton(props: { text: string; i18n: I18n }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(props.text)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <button type="button" class="vl-copy" onClick={copy} aria-label={`${props.i18n.t('dossier_copy')} ${props.text}`}>
      {copied ? props.i18n.t('dossier_copied') : props.i18n.t('dossier_copy')}
    </button>
  );
}

/** Emails, phone numbers and links as the page shows them, each with a copy button; nothing fetched. */
export function ContactSection(props: { contact: PublicContact; i18n: I18n }) {
  const { contact, i18n } = props;
  const items = [...contact.emails.map((v) => ['email', v] as const), ...contact.phones.map((v) => ['phone', v] as const)];
  return (
    <section class="vl-dossier-section" data-testid="vetlens-contact" data-emails={contact.emails.length}>
      <h4>{i18n.t('dossier_contact')}</h4>
      <ul>
        {items.length === 0 && <li class="vl-muted">{i18n.t('dossier_contact_none')}</li>}
        {[...items, ...contact.links.map((v) => ['link', v] as const)].map(([kind, value]) => (
          <li key={`${kind}:${value}`} data-contact={kind}>
            <span class="vl-contact-value">{value}</span> <CopyButton text={value} i18n={i18n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
