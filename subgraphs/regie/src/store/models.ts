/** The intermediary's domain models, as the repository returns them. */
import { type PartnerKind } from '../../../../common/partners';

export interface Partner {
  oin: string;
  name: string;
  kind: PartnerKind;
  subgraph: string | null;
}
