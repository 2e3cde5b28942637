import {
  canOnTicket,
  canViewUpload,
  isFollower,
  type Subject,
  type TicketAction,
  type TicketFacts,
} from '../../server/platform/policy'

/**
 * The access policy as one table: every role × resource × action, including 举报 (confidential) and followers.
 * A cell lists the roles allowed; every combination must have an answer, so a new role, resource or action that
 * is not thought through fails here.
 */
const OWNER = 11
const FOLLOWER = 12
const STRANGER = 13
const HANDLING = 7 // the department handling the tickets below
const OTHER_DEPT = 8

const roles = {
  public: { kind: 'public' },
  owner: { kind: 'resident', userId: OWNER },
  follower: { kind: 'resident', userId: FOLLOWER },
  stranger: { kind: 'resident', userId: STRANGER },
  handlingClerk: { kind: 'staff', role: 'clerk', departmentId: HANDLING },
  otherClerk: { kind: 'staff', role: 'clerk', departmentId: OTHER_DEPT },
  clerkWithoutDept: { kind: 'staff', role: 'clerk', departmentId: null },
  admin: { kind: 'staff', role: 'admin', departmentId: null },
} satisfies Record<string, Subject>
type Role = keyof typeof roles

const base = { ownerId: OWNER, departmentId: HANDLING, followerIds: [FOLLOWER] }
const tickets = {
  complaint: { ...base, type: '投诉', anonymous: false },
  anonymousComplaint: { ...base, type: '投诉', anonymous: true },
  report: { ...base, type: '举报', anonymous: false },
  open311: { ...base, ownerId: null, type: '求助', anonymous: false },
} satisfies Record<string, TicketFacts>
type TicketKind = keyof typeof tickets

const staffOnDuty: Role[] = ['handlingClerk', 'admin']
const everyone = Object.keys(roles) as Role[]

/** Expected: resource → action → roles allowed. */
const expected: Record<TicketKind, Record<TicketAction, Role[]>> = {
  complaint: {
    'view-own': ['owner'],
    track: everyone, // with the tracking token, which is the key
    follow: ['owner', 'follower', 'stranger'],
    'list-similar': everyone,
    'view-staff': staffOnDuty,
    act: staffOnDuty,
    'see-reporter': staffOnDuty,
    'see-contact-phone': ['handlingClerk'],
  },
  anonymousComplaint: {
    'view-own': ['owner'],
    track: everyone,
    follow: ['owner', 'follower', 'stranger'],
    'list-similar': everyone,
    'view-staff': staffOnDuty,
    act: staffOnDuty,
    'see-reporter': [],
    'see-contact-phone': [],
  },
  report: {
    'view-own': ['owner'],
    track: [],
    follow: [],
    'list-similar': [],
    'view-staff': staffOnDuty,
    act: staffOnDuty,
    'see-reporter': ['admin'],
    'see-contact-phone': [],
  },
  open311: {
    'view-own': [],
    track: everyone,
    follow: ['owner', 'follower', 'stranger'],
    'list-similar': everyone,
    'view-staff': staffOnDuty,
    act: staffOnDuty,
    'see-reporter': staffOnDuty,
    'see-contact-phone': ['handlingClerk'],
  },
}

const actions = Object.keys(expected.complaint) as TicketAction[]
const cases = (Object.keys(tickets) as TicketKind[]).flatMap((kind) =>
  actions.flatMap((action) =>
    everyone.map((role) => [kind, action, role, expected[kind][action].includes(role)] as const),
  ),
)

test('the table covers every role × ticket kind × action', () => {
  expect(cases).toHaveLength(Object.keys(tickets).length * actions.length * everyone.length)
})

test.each(cases)('%s: %s by %s → %s', (kind, action, role, allowed) => {
  expect(canOnTicket(roles[role], action, tickets[kind])).toBe(allowed)
})

test('a follower is known as one, and following gives no owner rights', () => {
  expect(isFollower(roles.follower, tickets.complaint)).toBe(true)
  expect(isFollower(roles.stranger, tickets.complaint)).toBe(false)
  expect(canOnTicket(roles.follower, 'view-own', tickets.complaint)).toBe(false)
})

/** Photos: resource × role. */
const uploads = {
  unattached: { ownerId: OWNER, ticket: null },
  complaintPhoto: { ownerId: OWNER, ticket: tickets.complaint },
  reportPhoto: { ownerId: OWNER, ticket: tickets.report },
} as const
const uploadExpected: Record<keyof typeof uploads, Role[]> = {
  unattached: ['owner'],
  complaintPhoto: ['owner', 'handlingClerk', 'admin'],
  reportPhoto: ['owner', 'handlingClerk', 'admin'],
}
test.each(
  (Object.keys(uploads) as (keyof typeof uploads)[]).flatMap((kind) =>
    everyone.map((role) => [kind, role, uploadExpected[kind].includes(role)] as const),
  ),
)('photo %s viewed by %s → %s', (kind, role, allowed) => {
  expect(canViewUpload(roles[role], uploads[kind])).toBe(allowed)
})
