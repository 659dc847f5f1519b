import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { formatInSiteZone } from '../../format/formatInSiteZone.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AdminSitesQuery } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { useNow } from '../../site/useNow.js';
import { FormProblems } from './FormProblems.js';
import { EditButton, FormActions, SectionFrame } from './SectionFrame.js';
import { useFormProblems } from './useFormProblems.js';

const AdminSites = graphql(`
  query AdminSites {
    sites {
      id
      name
      timeZone
    }
  }
`);

const CreateSite = graphql(`
  mutation AdminCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      name
      timeZone
    }
  }
`);

const UpdateSite = graphql(`
  mutation AdminUpdateSite($id: ID!, $input: UpdateSiteInput!) {
    updateSite(id: $id, input: $input) {
      id
      name
      timeZone
    }
  }
`);

type Site = AdminSitesQuery['sites'][number];

/** Every IANA zone the browser knows, offered as suggestions. */
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** Sites: physical or virtual centers; each one's time zone cuts its days, weeks and months. */
export function SitesSection() {
  const t = useT();
  const intl = useIntl();
  const now = useNow(60_000);
  const { data, loading, error, refetch } = useQuery(AdminSites);
  const [editing, setEditing] = useState<{ site: Site | null } | null>(null);

  const columns: Column<Site>[] = [
    { key: 'name', header: t('site.name'), render: (s) => s.name, sortValue: (s) => s.name },
    { key: 'timeZone', header: t('site.timeZone'), render: (s) => s.timeZone, sortValue: (s) => s.timeZone },
    {
      key: 'localTime',
      header: t('site.localTime'),
      render: (s) =>
        formatInSiteZone(now, s.timeZone, intl.locale, {
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }),
    },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (s) => <EditButton name={s.name} onClick={() => setEditing({ site: s })} />,
    },
  ];

  return (
    <SectionFrame
      id="sites"
      titleId="admin.sites"
      descriptionId="admin.sites.description"
      addLabelId="admin.sites.add"
      onAdd={() => setEditing({ site: null })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.sites')}
        rows={data?.sites ?? []}
        columns={columns}
        rowKey={(s) => s.id}
        filterText={(s) => `${s.name} ${s.timeZone}`}
        filterLabelId="admin.sites.filter"
        emptyId="admin.sites.empty"
      />
      {editing && <SiteForm site={editing.site} onDone={() => setEditing(null)} />}
    </SectionFrame>
  );
}

function SiteForm({ site, onDone }: { site: Site | null; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(site?.name ?? '');
  const [timeZone, setTimeZone] = useState(
    site?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const { form, problems, saving, submit, errorsFor } = useFormProblems();
  const [createSite] = useMutation(CreateSite, { refetchQueries: [AdminSites, 'ShellSites'] });
  const [updateSite] = useMutation(UpdateSite);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), timeZone: timeZone.trim() };
    const ok = await submit(() =>
      site ? updateSite({ variables: { id: site.id, input } }) : createSite({ variables: { input } }),
    );
    if (ok) onDone();
  };

  return (
    <Dialog
      title={site ? t('admin.sites.editTitle', { name: site.name }) : t('admin.sites.add')}
      onClose={onDone}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <FormProblems problems={problems} shownFields={['name', 'timeZone']} />
        <Field name="name" label={t('site.name')} errors={errorsFor('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field
          name="timeZone"
          label={t('site.timeZone')}
          hint={t('site.timeZone.hint')}
          errors={errorsFor('timeZone')}
        >
          {(p) => (
            <>
              <input
                {...p}
                list="time-zones"
                value={timeZone}
                onChange={(e) => setTimeZone(e.target.value)}
                autoComplete="off"
              />
              <datalist id="time-zones">
                {TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <FormActions saving={saving} onCancel={onDone} />
      </form>
    </Dialog>
  );
}
