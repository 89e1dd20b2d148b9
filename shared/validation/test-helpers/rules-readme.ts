import type { RuleRegistry } from '../rule'

/** docs/rules/README.md as it must read for the registry; completeness.test.ts compares it. */
export function rulesReadme(rules: RuleRegistry): string {
  const rows = Object.entries(rules).map(([id, r]) => `| [\`${id}\`](${id}.md) | ${r.meta.severity} | ${r.meta.title} |`)
  return `# Validation rules

Every rule \`netdraft validate\` runs, one page each. Severity is the rule's default; some rules report a
finding at another severity where the catalogue says "error / warning". Generated from the rules index:
after adding a rule run \`npx tsx shared/validation/test-helpers/write-rules-readme.ts\`.

| Rule | Severity | Title |
|---|---|---|
${rows.join('\n')}
`
}
