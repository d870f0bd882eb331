/**
 * The most clients one request names at once (regie's `clients(bsns:)` and `rolesOf`, which the gateway's key echo
 * answers by the same bound) and the most keys one SQL query takes (larger batches are split by DataLoader).
 */
export const MAX_BATCH_SIZE = 1000;
