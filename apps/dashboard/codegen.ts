import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the dashboard, generated from the API's schema file
 * (apps/api/schema.gql, written by the API at start-up with GRAPHQL_SCHEMA_FILE).
 * The output is committed so that building the dashboard never needs the API running:
 * run `npm run codegen -w @servicefloor/dashboard` after the schema or a document changes.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
