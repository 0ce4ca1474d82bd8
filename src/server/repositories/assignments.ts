/** Assignments: a scenario set to a group with a due date; done once an attempt of it reaches the server after. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface AssignmentRow {
  id: string;
  groupId: string;
  groupName: string;
  scenarioId: string;
  /** `YYYY-MM-DD`. */
  due: string;
  createdAt: string;
}

export interface StaffAssignment extends AssignmentRow {
  /** Trainees of the group, and how many have played the scenario since it was assigned. */
  trainees: number;
  done: number;
}

export interface TraineeAssignment extends AssignmentRow {
  done: boolean;
}

const groupList = (ids: readonly string[]) =>
  ids.length ? sql.join(ids.map((id) => sql`${id}`)) : sql`null`;

/** An assignment as the lists below select it (`t` the assignment, `g` its group). */
interface AssignmentColumns {
  id: string;
  group_id: string;
  group_name: string;
  scenario_id: string;
  due: string;
  created_at: Date;
}

const ASSIGNMENT_COLUMNS = sql`t.id, t.group_id, g.name as group_name, t.scenario_id,
  to_char(t.due_date, 'YYYY-MM-DD') as due, t.created_at`;

function assignmentOf(r: AssignmentColumns): AssignmentRow {
  return {
    id: r.id,
    groupId: r.group_id,
    groupName: r.group_name,
    scenarioId: r.scenario_id,
    due: r.due,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function createAssignment(
  db: Db,
  a: { orgId: string; groupId: string; scenarioId: string; due: string; by: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('team_assignments')
    .values({
      id,
      org_id: a.orgId,
      group_id: a.groupId,
      scenario_id: a.scenarioId,
      due_date: a.due,
      created_by: a.by,
    })
    .execute();
  return id;
}

export async function groupOfAssignment(db: Db, orgId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('team_assignments')
    .select('group_id')
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row?.group_id;
}

export async function deleteAssignment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('team_assignments').where('id', '=', id).execute();
}

/** The assignments of some groups (undefined: the organisation's), with each one's completion. */
export async function staffAssignments(
  db: Db,
  orgId: string,
  groupIds: readonly string[] | undefined,
): Promise<StaffAssignment[]> {
  const rows = await sql<AssignmentColumns & { trainees: number; done: number }>`
    select ${ASSIGNMENT_COLUMNS},
      (select count(*)::int from memberships m join users u on u.id = m.user_id
        where m.group_id = t.group_id and u.role = 'trainee') as trainees,
      (select count(distinct a.user_id)::int from attempts a
        join memberships m on m.user_id = a.user_id and m.group_id = t.group_id
        join users u on u.id = a.user_id and u.role = 'trainee'
        where a.org_id = t.org_id and a.scenario_id = t.scenario_id and a.received_at >= t.created_at) as done
    from team_assignments t join groups g on g.id = t.group_id
    where t.org_id = ${orgId} ${groupIds ? sql`and t.group_id in (${groupList(groupIds)})` : sql``}
    order by t.due_date, g.name, t.scenario_id`.execute(db);
  return rows.rows.map((r) => ({ ...assignmentOf(r), trainees: r.trainees, done: r.done }));
}

/** A trainee's assignments (their groups'), each done or not. */
export async function traineeAssignments(
  db: Db,
  orgId: string,
  userId: string,
  groupIds: readonly string[],
): Promise<TraineeAssignment[]> {
  const rows = await sql<AssignmentColumns & { done: boolean }>`
    select ${ASSIGNMENT_COLUMNS},
      exists (select 1 from attempts a where a.user_id = ${userId} and a.org_id = t.org_id
        and a.scenario_id = t.scenario_id and a.received_at >= t.created_at) as done
    from team_assignments t join groups g on g.id = t.group_id
    where t.org_id = ${orgId} and t.group_id in (${groupList(groupIds)})
    order by t.due_date, t.scenario_id`.execute(db);
  return rows.rows.map((r) => ({ ...assignmentOf(r), done: r.done }));
}
