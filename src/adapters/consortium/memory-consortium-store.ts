/** ConsortiumStore in memory, over a ConsortiumData value (the demo data for the CLI and tests). */
import { DEMO_DATA } from '../../core/consortium/demo-data.ts';
import type { ConsortiumData } from '../../core/consortium/model.ts';
import { archiveError } from '../../core/errors.ts';
import type { PlanVersion } from '../../core/planning/model.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';

export class MemoryConsortiumStore implements ConsortiumStore {
  private readonly versions: PlanVersion[] = [];

  constructor(private readonly data: ConsortiumData = DEMO_DATA) {}

  async asOf() {
    return this.data.asOf;
  }
  async getConsortium() {
    return this.data.consortium;
  }
  async getShareBasis() {
    return this.data.shareBasis;
  }
  async getBudgets() {
    return this.data.budgets;
  }
  async getOutcomes() {
    return this.data.outcomes;
  }
  async getSystems() {
    return this.data.systems;
  }
  async getProjects() {
    return this.data.projects;
  }
  async getPlanVersions() {
    return [...this.versions];
  }
  async savePlanVersion(version: PlanVersion) {
    const i = this.versions.findIndex((v) => v.version === version.version);
    if (i >= 0 && (this.versions[i]?.approvedOn || !version.approvedOn))
      throw archiveError('ARC_ERR_PLAN_VERSION_CONFLICT', version.version);
    if (i >= 0) this.versions[i] = version;
    else this.versions.push(version);
  }
}
