import { type BodyItem, attr, blank, block } from '../hcl/ast'
import { type TfContext, resourceBlock, tagsAttr } from '../context'

/**
 * Customer-managed prefix lists as resources; AWS-managed ones (S3, DynamoDB) as data sources,
 * since AWS owns their entries and their ids differ per Region.
 */
export function emitPrefixLists(ctx: TfContext): void {
  const items: BodyItem[] = []
  for (const pl of ctx.index.all('prefixList')) {
    if (pl.awsService) {
      items.push(
        block('data', ['aws_ec2_managed_prefix_list', ctx.label('data.aws_ec2_managed_prefix_list', pl.id)], [
          ...ctx.placement(pl),
          attr('name', `com.amazonaws.${pl.region}.${pl.awsService}`),
        ]),
        blank,
      )
      continue
    }
    items.push(
      ...resourceBlock(pl, 'aws_ec2_managed_prefix_list', ctx.label('aws_ec2_managed_prefix_list', pl.id), [
        ...ctx.placement(pl),
        attr('name', pl.name),
        attr('address_family', pl.addressFamily),
        attr('max_entries', pl.maxEntries),
        blank,
        ...[...new Set(pl.entries)].flatMap((cidr) => [block('entry', [], [attr('cidr', cidr)]), blank]),
        tagsAttr(pl),
      ]),
    )
  }
  ctx.section('prefix-lists.tf', 'Managed prefix lists', items)
}
