import { useMutation, useQuery } from '@apollo/client/react';
import { defaultQueueSettings } from '@servicefloor/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { CHANNEL_LOOK, CHANNELS, SERVICE_LEVEL_VARIANTS } from '../../directory/channels.js';
import { formatDuration } from '../../format/formatDuration.js';
import { graphql } from '../../graphql/generated/index.js';
import type {
  AdminQueueFieldsFragment,
  Channel,
  ServiceLevelVariant,
} from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { FormProblems } from './FormProblems.js';
import { parseNumber, percentToFraction } from './parseNumber.js';
import { EditButton, FormActions, SectionFrame } from './SectionFrame.js';
import { useFormProblems } from './useFormProblems.js';

graphql(`
  fragment AdminQueueFields on Queue {
    id
    name
    channel
    siteId
    slThresholdSeconds
    slTarget
    slVariant
    shortAbandonSeconds
    claimSlaHours
    alertMaxDepth
    alertMaxWaitSeconds
  }
`);

const AdminQueues = graphql(`
  query AdminQueues {
    queues {
      ...AdminQueueFields
    }
    sites {
      id
      name
    }
  }
`);

const CreateQueue = graphql(`
  mutation AdminCreateQueue($input: CreateQueueInput!) {
    createQueue(input: $input) {
      ...AdminQueueFields
    }
  }
`);

const UpdateQueue = graphql(`
  mutation AdminUpdateQueue($id: ID!, $input: UpdateQueueInput!) {
    updateQueue(id: $id, input: $input) {
      ...AdminQueueFields
    }
  }
`);

type Queue = AdminQueueFieldsFragment;
type Editing = { mode: 'create' } | { mode: 'edit'; queue: Queue } | null;

/** Queues: their channel, site and the definitions their metrics use (metrics.md). */
export function QueuesSection() {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(AdminQueues);
  const [editing, setEditing] = useState<Editing>(null);
  const sites = useMemo(() => data?.sites ?? [], [data]);
  const siteName = useMemo(() => new Map(sites.map((s) => [Number(s.id), s.name])), [sites]);
  const percent = (fraction: number) =>
    intl.formatNumber(fraction, { style: 'percent', maximumFractionDigits: 1 });

  const columns: Column<Queue>[] = [
    { key: 'name', header: t('queue.name'), render: (q) => q.name, sortValue: (q) => q.name },
    {
      key: 'channel',
      header: t('queue.channel'),
      render: (q) => (
        <>
          <span aria-hidden="true">{CHANNEL_LOOK[q.channel].symbol} </span>
          {t(CHANNEL_LOOK[q.channel].labelId)}
        </>
      ),
      sortValue: (q) => t(CHANNEL_LOOK[q.channel].labelId),
    },
    {
      key: 'site',
      header: t('queue.site'),
      render: (q) => siteName.get(q.siteId) ?? '',
      sortValue: (q) => siteName.get(q.siteId) ?? '',
    },
    {
      key: 'sl',
      header: t('queue.serviceLevel'),
      render: (q) =>
        t('queue.slSummary', {
          target: percent(q.slTarget),
          within: formatDuration(q.slThresholdSeconds, intl.locale),
        }),
    },
    { key: 'variant', header: t('queue.slVariant'), render: (q) => t(`slVariant.${q.slVariant}`) },
    {
      key: 'shortAbandon',
      header: t('queue.shortAbandon'),
      render: (q) => formatDuration(q.shortAbandonSeconds, intl.locale),
      numeric: true,
    },
    {
      key: 'claimSla',
      header: t('queue.claimSla'),
      render: (q) => formatDuration(q.claimSlaHours * 3600, intl.locale),
      numeric: true,
    },
    {
      key: 'alerts',
      header: t('queue.alerts'),
      render: (q) =>
        q.alertMaxDepth === null && q.alertMaxWaitSeconds === null
          ? t('queue.alerts.none')
          : [
              q.alertMaxDepth !== null && t('queue.alerts.depth', { count: q.alertMaxDepth }),
              q.alertMaxWaitSeconds !== null &&
                t('queue.alerts.wait', { wait: formatDuration(q.alertMaxWaitSeconds, intl.locale) }),
            ]
              .filter(Boolean)
              .join(' · '),
    },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (q) => <EditButton name={q.name} onClick={() => setEditing({ mode: 'edit', queue: q })} />,
    },
  ];

  return (
    <SectionFrame
      id="queues"
      titleId="admin.queues"
      descriptionId="admin.queues.description"
      addLabelId="admin.queues.add"
      onAdd={() => setEditing({ mode: 'create' })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.queues')}
        rows={data?.queues ?? []}
        columns={columns}
        rowKey={(q) => q.id}
        filterText={(q) => `${q.name} ${t(CHANNEL_LOOK[q.channel].labelId)} ${siteName.get(q.siteId) ?? ''}`}
        filterLabelId="admin.queues.filter"
        emptyId="admin.queues.empty"
      />
      {editing && <QueueForm editing={editing} sites={sites} onDone={() => setEditing(null)} />}
    </SectionFrame>
  );
}

interface QueueDraft {
  name: string;
  channel: Channel;
  siteId: string;
  slThresholdSeconds: string;
  slTargetPercent: string;
  slVariant: ServiceLevelVariant | '';
  shortAbandonSeconds: string;
  claimSlaHours: string;
  alertMaxDepth: string;
  alertMaxWaitSeconds: string;
}

const text = (value: number | null) => (value === null ? '' : String(value));

function draftOf(queue: Queue | null, firstSiteId: string): QueueDraft {
  if (!queue) {
    // Blank service-level fields mean "the channel's default", applied by the API.
    return {
      name: '',
      channel: 'HOTLINE',
      siteId: firstSiteId,
      slThresholdSeconds: '',
      slTargetPercent: '',
      slVariant: '',
      shortAbandonSeconds: '',
      claimSlaHours: '',
      alertMaxDepth: '',
      alertMaxWaitSeconds: '',
    };
  }
  return {
    name: queue.name,
    channel: queue.channel,
    siteId: String(queue.siteId),
    slThresholdSeconds: text(queue.slThresholdSeconds),
    slTargetPercent: text(Math.round(queue.slTarget * 10_000) / 100),
    slVariant: queue.slVariant,
    shortAbandonSeconds: text(queue.shortAbandonSeconds),
    claimSlaHours: text(queue.claimSlaHours),
    alertMaxDepth: text(queue.alertMaxDepth),
    alertMaxWaitSeconds: text(queue.alertMaxWaitSeconds),
  };
}

const SHOWN_FIELDS = [
  'name',
  'channel',
  'siteId',
  'slThresholdSeconds',
  'slTarget',
  'slVariant',
  'shortAbandonSeconds',
  'claimSlaHours',
  'alertMaxDepth',
  'alertMaxWaitSeconds',
];

function QueueForm({
  editing,
  sites,
  onDone,
}: {
  editing: Exclude<Editing, null>;
  sites: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const queue = editing.mode === 'edit' ? editing.queue : null;
  const [draft, setDraft] = useState(() => draftOf(queue, sites[0]?.id ?? ''));
  const { form, problems, saving, submit, errorsFor } = useFormProblems();
  const [createQueue] = useMutation(CreateQueue, { refetchQueries: [AdminQueues] });
  const [updateQueue] = useMutation(UpdateQueue);
  const defaults = defaultQueueSettings(draft.channel);
  const set = <K extends keyof QueueDraft>(key: K, value: QueueDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string[]> = {};
    const read = (field: string, value: string, integer: boolean) => {
      const parsed = parseNumber(value, { integer });
      if (!parsed.ok) {
        clientErrors[field] = [t(integer ? 'form.wholeNumber' : 'form.number')];
        return null;
      }
      return parsed.value;
    };
    const slThresholdSeconds = read('slThresholdSeconds', draft.slThresholdSeconds, true);
    const slTargetPercent = read('slTarget', draft.slTargetPercent, false);
    if (slTargetPercent !== null && (slTargetPercent < 0 || slTargetPercent > 100)) {
      clientErrors.slTarget = [t('form.percentRange')];
    }
    const shortAbandonSeconds = read('shortAbandonSeconds', draft.shortAbandonSeconds, true);
    const claimSlaHours = read('claimSlaHours', draft.claimSlaHours, true);
    const alertMaxDepth = read('alertMaxDepth', draft.alertMaxDepth, true);
    const alertMaxWaitSeconds = read('alertMaxWaitSeconds', draft.alertMaxWaitSeconds, true);
    const slTarget = slTargetPercent === null ? null : percentToFraction(slTargetPercent);
    const siteId = Number(draft.siteId);
    // In the create form a blank setting is left out (the channel default applies); when editing
    // a blank alert threshold clears it (null), other blanks keep the stored value.
    const common = {
      name: draft.name.trim(),
      channel: draft.channel,
      siteId,
      slThresholdSeconds: slThresholdSeconds ?? undefined,
      slTarget: slTarget ?? undefined,
      slVariant: draft.slVariant || undefined,
      shortAbandonSeconds: shortAbandonSeconds ?? undefined,
      claimSlaHours: claimSlaHours ?? undefined,
    };
    const ok = await submit(
      () =>
        queue
          ? updateQueue({
              variables: { id: queue.id, input: { ...common, alertMaxDepth, alertMaxWaitSeconds } },
            })
          : createQueue({
              variables: {
                input: {
                  ...common,
                  alertMaxDepth: alertMaxDepth ?? undefined,
                  alertMaxWaitSeconds: alertMaxWaitSeconds ?? undefined,
                },
              },
            }),
      clientErrors,
    );
    if (ok) onDone();
  };

  const defaultHint = (value: string) => (queue ? undefined : t('queue.defaultHint', { value }));
  return (
    <Dialog
      title={queue ? t('admin.queues.editTitle', { name: queue.name }) : t('admin.queues.add')}
      onClose={onDone}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <FormProblems problems={problems} shownFields={SHOWN_FIELDS} />
        <Field name="name" label={t('queue.name')} hint={t('queue.name.hint')} errors={errorsFor('name')}>
          {(p) => (
            <input
              {...p}
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <div className="form-row">
          <Field name="channel" label={t('queue.channel')} errors={errorsFor('channel')}>
            {(p) => (
              <select
                {...p}
                value={draft.channel}
                onChange={(e) => set('channel', e.target.value as Channel)}
              >
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(CHANNEL_LOOK[c].labelId)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="siteId" label={t('queue.site')} errors={errorsFor('siteId')}>
            {(p) => (
              <select {...p} value={draft.siteId} onChange={(e) => set('siteId', e.target.value)}>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>{t('queue.serviceLevel')}</legend>
          <div className="form-row">
            <Field
              name="slTarget"
              label={t('queue.slTargetPercent')}
              hint={defaultHint(intl.formatNumber(defaults.slTarget, { style: 'percent' }))}
              errors={errorsFor('slTarget')}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={draft.slTargetPercent}
                  onChange={(e) => set('slTargetPercent', e.target.value)}
                />
              )}
            </Field>
            <Field
              name="slThresholdSeconds"
              label={t('queue.slThresholdSeconds')}
              hint={defaultHint(formatDuration(defaults.slThresholdSeconds, intl.locale))}
              errors={errorsFor('slThresholdSeconds')}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={draft.slThresholdSeconds}
                  onChange={(e) => set('slThresholdSeconds', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            name="slVariant"
            label={t('queue.slVariant')}
            hint={t('queue.slVariant.hint')}
            errors={errorsFor('slVariant')}
          >
            {(p) => (
              <select
                {...p}
                value={draft.slVariant}
                onChange={(e) => set('slVariant', e.target.value as ServiceLevelVariant)}
              >
                {!queue && <option value="">{t('queue.slVariant.default')}</option>}
                {SERVICE_LEVEL_VARIANTS.map((v) => (
                  <option key={v} value={v}>
                    {t('queue.slVariant.option', {
                      name: t(`slVariant.${v}`),
                      formula: t(`slVariant.${v}.formula`),
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-row">
            <Field
              name="shortAbandonSeconds"
              label={t('queue.shortAbandonSeconds')}
              hint={defaultHint(formatDuration(defaults.shortAbandonSeconds, intl.locale))}
              errors={errorsFor('shortAbandonSeconds')}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={draft.shortAbandonSeconds}
                  onChange={(e) => set('shortAbandonSeconds', e.target.value)}
                />
              )}
            </Field>
            <Field
              name="claimSlaHours"
              label={t('queue.claimSlaHours')}
              hint={defaultHint(formatDuration(defaults.claimSlaHours * 3600, intl.locale))}
              errors={errorsFor('claimSlaHours')}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={draft.claimSlaHours}
                  onChange={(e) => set('claimSlaHours', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('queue.alerts')}</legend>
          <p className="field__hint">{t('queue.alerts.hint')}</p>
          <div className="form-row">
            <Field name="alertMaxDepth" label={t('queue.alertMaxDepth')} errors={errorsFor('alertMaxDepth')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={draft.alertMaxDepth}
                  onChange={(e) => set('alertMaxDepth', e.target.value)}
                />
              )}
            </Field>
            <Field
              name="alertMaxWaitSeconds"
              label={t('queue.alertMaxWaitSeconds')}
              errors={errorsFor('alertMaxWaitSeconds')}
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={draft.alertMaxWaitSeconds}
                  onChange={(e) => set('alertMaxWaitSeconds', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <FormActions saving={saving} onCancel={onDone} />
      </form>
    </Dialog>
  );
}
