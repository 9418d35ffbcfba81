// Who works with whom: the U.S. agencies, donor countries and institutions the
// sources name, grouped by kind, each linked to the initiatives it works with.
import { INITIATIVE_IDS, type AtlasData, type InitiativeId, type Partner } from '../../data/types.ts';

export const PARTNER_KINDS = [
  'us-agency',
  'donor-country',
  'institution',
] as const satisfies readonly Partner['kind'][];

export interface PartnerGroup {
  kind: Partner['kind'];
  partners: Partner[];
}

export interface PartnerGraph {
  groups: PartnerGroup[];
  initiatives: readonly InitiativeId[];
  links: { partner: Partner; initiative: InitiativeId }[];
}

export function derivePartners(data: AtlasData): PartnerGraph {
  const groups = PARTNER_KINDS.map((kind) => ({ kind, partners: data.partners.filter((p) => p.kind === kind) })).filter(
    (g) => g.partners.length > 0,
  );
  const links = groups.flatMap((g) =>
    g.partners.flatMap((partner) =>
      INITIATIVE_IDS.filter((id) => partner.initiatives.includes(id)).map((initiative) => ({ partner, initiative })),
    ),
  );
  return { groups, initiatives: INITIATIVE_IDS, links };
}
