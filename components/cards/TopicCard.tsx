import type { Topic } from '../../knowledge';
import { useTranslate } from '../i18n/translate-context';
import { References } from './References';

export function TopicCard({ topic, detailed = false }: { topic: Topic; detailed?: boolean }) {
  const t = useTranslate();
  return (
    <article class="pl-card" data-kind="topic" aria-label={topic.title}>
      <header class="pl-card-head">
        <h3 class="pl-card-title">{topic.title}</h3>
        <span class="pl-scope">{t('card_topic')}</span>
      </header>
      <p class="pl-summary">{topic.summary}</p>
      {detailed && topic.body.map((p) => <p key={p}>{p}</p>)}
      {detailed && <References references={topic.references} />}
    </article>
  );
}
