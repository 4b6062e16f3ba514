import { z } from "zod";

/**
 * The parts of fideslang's `system` resource (fideslang 3, ethyca/fideslang `models.py`) that
 * datamap reads. Objects are loose, as fideslang's own models ignore extra fields; the import
 * lists the ones it does not keep.
 */
const keys = z.array(z.string()).nullish();

export const fidesDataFlowSchema = z.looseObject({
  fides_key: z.string().min(1),
  type: z.string(),
  data_categories: keys,
});

export const fidesDeclarationSchema = z.looseObject({
  name: z.string().nullish(),
  data_categories: z.array(z.string()),
  data_use: z.string().min(1),
  data_subjects: z.array(z.string()).default([]),
  egress: keys,
  ingress: keys,
  legal_basis_for_processing: z.string().nullish(),
  retention_period: z.string().nullish(),
  processes_special_category_data: z.boolean().nullish(),
  special_category_legal_basis: z.string().nullish(),
});

export const fidesSystemSchema = z.looseObject({
  fides_key: z.string().regex(/^[a-zA-Z0-9_.<>-]+$/, "must be a fides key: letters, digits, '_', '.', '<', '>' or '-'"),
  name: z.string().nullish(),
  description: z.string().nullish(),
  system_type: z.string(),
  egress: z.array(fidesDataFlowSchema).nullish(),
  ingress: z.array(fidesDataFlowSchema).nullish(),
  privacy_declarations: z.array(fidesDeclarationSchema),
  vendor_id: z.string().nullish(),
  legal_name: z.string().nullish(),
  privacy_policy: z.string().nullish(),
  dpa_location: z.string().nullish(),
  responsibility: z.array(z.string()).nullish(),
  joint_controller_info: z.string().nullish(),
  does_international_transfers: z.boolean().nullish(),
  legal_basis_for_transfers: keys,
});

export const fidesDocumentSchema = z.looseObject({ system: z.array(fidesSystemSchema).default([]) });

export type FidesDataFlow = z.output<typeof fidesDataFlowSchema>;
export type FidesDeclaration = z.output<typeof fidesDeclarationSchema>;
export type FidesSystem = z.output<typeof fidesSystemSchema>;
export type FidesDocument = z.output<typeof fidesDocumentSchema>;
