/** Every subgraph's field on the DisclosureInquiry entity: this partner's answer, read from its own processing log. */
import { type ClientReference } from '../clientReference';
import { type InquiryOptions, type InquiryService, type PartnerDisclosuresView } from '../processingLog/inquiry';
import { type Principal } from '../../common';

export function answerInquiry(
  inquiry: ClientReference,
  args: InquiryOptions,
  context: { principal: Principal; inquiry: InquiryService },
): Promise<PartnerDisclosuresView> {
  return context.inquiry.disclosuresOf(context.principal, inquiry.bsn, args);
}
