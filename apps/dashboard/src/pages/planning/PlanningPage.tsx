import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';

/** The planning workflow of product.md, in the order a scheduler works through it. */
const STEPS: readonly {
  id: string;
  titleId: MessageId;
  emptyTitleId: MessageId;
  emptyDescriptionId: MessageId;
}[] = [
  {
    id: 'forecast',
    titleId: 'planning.forecast',
    emptyTitleId: 'planning.forecast.empty.title',
    emptyDescriptionId: 'planning.forecast.empty.description',
  },
  {
    id: 'requirements',
    titleId: 'planning.requirements',
    emptyTitleId: 'planning.requirements.empty.title',
    emptyDescriptionId: 'planning.requirements.empty.description',
  },
  {
    id: 'schedule',
    titleId: 'planning.schedule',
    emptyTitleId: 'planning.schedule.empty.title',
    emptyDescriptionId: 'planning.schedule.empty.description',
  },
  {
    id: 'coverage',
    titleId: 'planning.coverage',
    emptyTitleId: 'planning.coverage.empty.title',
    emptyDescriptionId: 'planning.coverage.empty.description',
  },
  {
    id: 'agents',
    titleId: 'planning.agentSchedules',
    emptyTitleId: 'planning.agentSchedules.empty.title',
    emptyDescriptionId: 'planning.agentSchedules.empty.description',
  },
];

/**
 * Planning: forecast → requirement (Erlang C/A) → schedule → coverage → per-agent schedules.
 * Each step gets its data from the planning API as it lands.
 */
export default function PlanningPage() {
  const t = useT();
  return (
    <>
      <PageHeader titleId="planning.title" descriptionId="planning.description" />
      <ol className="steps">
        {STEPS.map((step, i) => (
          <li key={step.id} className="card step">
            <section aria-labelledby={`planning-${step.id}`}>
              <h2 id={`planning-${step.id}`}>
                <span className="step__number" aria-hidden="true">
                  {i + 1}
                </span>
                {t(step.titleId)}
              </h2>
              <EmptyState titleId={step.emptyTitleId} descriptionId={step.emptyDescriptionId} />
            </section>
          </li>
        ))}
      </ol>
    </>
  );
}
