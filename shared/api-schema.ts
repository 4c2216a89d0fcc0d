/**
 * The API's paths, parameters, bodies and responses, generated from the server's OpenAPI
 * document by `npm run api:types` (scripts/generate-api-types.ts). Do not edit by hand:
 * change the Zod schemas in shared/ or the routes, then run the command again.
 */
export interface paths {
  "/api/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations["getMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in, if anyone */
    get: operations["getSession"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Remember the interface language */
    patch: operations["patchMePreferences"];
    trace?: never;
  };
  "/api/v1/me/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The devices signed in to this account (without their session tokens) */
    get: operations["getMeSessions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Sign one of this account's devices out */
    delete: operations["deleteMeSessionsBysessionId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/taxonomies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every vocabulary with its terms and their labels in each interface language */
    get: operations["getTaxonomies"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an organisation; you become its owner */
    post: operations["postOrganizations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/mine": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations you belong to */
    get: operations["getOrganizationsMine"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A profile, with only the field groups you may see */
    get: operations["getOrganizationsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a profile (owners and admins) */
    patch: operations["patchOrganizationsByid"];
    trace?: never;
  };
  "/api/v1/organizations/{id}/logo": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's logo
     * @description Served as a download (Content-Disposition: attachment) under a sandboxing Content-Security-Policy; an <img> shows it all the same.
     */
    get: operations["getOrganizationsByidLogo"];
    /**
     * Upload a logo (PNG, JPEG or WebP, at most 512 KB)
     * @description The image is decoded, not trusted by its type: anything that does not decode as a PNG, JPEG or WebP of at most 25 million pixels is refused (422). What is stored is a fresh encoding of its pixels in the same format, at most 512 px a side, without metadata.
     */
    put: operations["putOrganizationsByidLogo"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members and their roles (members only) */
    get: operations["getOrganizationsByidMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/members/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member, or leave when it is you */
    delete: operations["deleteOrganizationsByidMembersByuserId"];
    options?: never;
    head?: never;
    /** Change a member's role */
    patch: operations["patchOrganizationsByidMembersByuserId"];
    trace?: never;
  };
  "/api/v1/organizations/{id}/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations (owners and admins) */
    get: operations["getOrganizationsByidInvitations"];
    put?: never;
    /** Invite someone by email */
    post: operations["postOrganizationsByidInvitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/invitations/{invitationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an open invitation */
    delete: operations["deleteOrganizationsByidInvitationsByinvitationId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation link offers */
    get: operations["getInvitationsBytoken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation sent to your email address */
    post: operations["postInvitationsAccept"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/directory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search organisations by text and facets, with counts for every facet */
    get: operations["getDirectory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/organizations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations awaiting (or holding) verification */
    get: operations["getAdminOrganizations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/admin/organizations/{id}/verification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set or clear an organisation's verification badge */
    put: operations["putAdminOrganizationsByidVerification"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public coalitions and those your organisations belong to */
    get: operations["getCoalitions"];
    put?: never;
    /** Start a coalition; your organisation becomes its convener */
    post: operations["postCoalitions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coalition, its charter and (when you may see them) its members */
    get: operations["getCoalitionsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change who can find the coalition and see its members (convener) */
    patch: operations["patchCoalitionsByid"];
    trace?: never;
  };
  "/api/v1/coalitions/{id}/charter": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change the charter directly (convener, only when the charter leaves charter changes to the convener) */
    put: operations["putCoalitionsByidCharter"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/charters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of the charter */
    get: operations["getCoalitionsByidCharters"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/charters/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two versions of the charter */
    get: operations["getCoalitionsByidChartersCompare"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/charters/{version}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of the charter */
    get: operations["getCoalitionsByidChartersByversion"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite an organisation (convener); its owners or admins accept or decline */
    post: operations["postCoalitionsByidInvitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply to join for your organisation, answering the charter's questions */
    post: operations["postCoalitionsByidApplications"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/members/{organizationId}/{action}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a membership step: accept (choosing whether to be named outside), decline, leave (the organisation); admit, reject, suspend, reinstate, remove (the convener) */
    post: operations["postCoalitionsByidMembersByorganizationIdByaction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/members/{organizationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a member's role (convener) or whether it is named outside (itself) */
    patch: operations["patchCoalitionsByidMembersByorganizationId"];
    trace?: never;
  };
  "/api/v1/coalitions/{id}/members/{organizationId}/representatives": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who may act for the organisation in this coalition */
    get: operations["getCoalitionsByidMembersByorganizationIdRepresentatives"];
    /** Name who may act for the organisation in this coalition (its owners or admins) */
    put: operations["putCoalitionsByidMembersByorganizationIdRepresentatives"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/proposals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's proposals, newest first (member organisations only) */
    get: operations["getCoalitionsByidProposals"];
    put?: never;
    /** Put a proposal to the member organisations, for your organisation */
    post: operations["postCoalitionsByidProposals"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/proposals/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A proposal with its tally and stances, as its settings allow */
    get: operations["getProposalsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/proposals/{id}/stances/{organizationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Cast or change your organisation's stance (one per organisation) */
    put: operations["putProposalsByidStancesByorganizationId"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/proposals/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the proposal now and count it (convener) */
    post: operations["postProposalsByidClose"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/proposals/{id}/outcome": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the outcome statement and a review date (convener, once closed) */
    put: operations["putProposalsByidOutcome"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/meetings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's meetings, all, upcoming or past (organisations inside it) */
    get: operations["getCoalitionsByidMeetings"];
    put?: never;
    /** Plan a meeting (convener and co-lead representatives) */
    post: operations["postCoalitionsByidMeetings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/meetings/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting with its agenda, attendance, minutes, decisions and action items */
    get: operations["getMeetingsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change, cancel or reinstate a meeting (convener and co-lead representatives) */
    patch: operations["patchMeetingsByid"];
    trace?: never;
  };
  "/api/v1/meetings/{id}/attendance/{organizationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record an organisation's attendance (its representatives, or the convening side) */
    put: operations["putMeetingsByidAttendanceByorganizationId"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/meetings/{id}/minutes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Write the minutes and the decisions taken (convener and co-lead representatives) */
    put: operations["putMeetingsByidMinutes"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/action-items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's action items, soonest due first, by status, owner or overdue */
    get: operations["getCoalitionsByidActionItems"];
    put?: never;
    /** Create an action item owned by a member organisation (convening side) */
    post: operations["postCoalitionsByidActionItems"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/action-items/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An action item with the history of its status */
    get: operations["getActionItemsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move an item's status (owner or convening side) or edit it (convening side) */
    patch: operations["patchActionItemsByid"];
    trace?: never;
  };
  "/api/v1/coalitions/{id}/calendar.ics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The coalition's meetings and open action items' due dates as iCalendar
     * @description An RFC 5545 feed for calendar apps. Authenticated by the session cookie or by a personal `token` from POST /api/v1/me/calendar-token, which opens only calendar feeds.
     */
    get: operations["getCoalitionsByidCalendarIcs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/calendar-token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a new personal calendar link token (replaces the previous one) */
    post: operations["postMeCalendarToken"];
    /** Revoke your personal calendar link token */
    delete: operations["deleteMeCalendarToken"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/threads": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's threads, newest activity first (concerns only where you may see them) */
    get: operations["getCoalitionsByidThreads"];
    put?: never;
    /** Open a discussion or raise a concern, for your member organisation */
    post: operations["postCoalitionsByidThreads"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/threads/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A thread, with a concern's problem, end goal, participants and resolution */
    get: operations["getThreadsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a thread, change a concern, resolve or reopen it */
    patch: operations["patchThreadsByid"];
    trace?: never;
  };
  "/api/v1/proposals/{id}/thread": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The proposal's discussion thread (its id is the proposal's) */
    get: operations["getProposalsByidThread"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/threads/{id}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A thread's comments, oldest first, with their sanitised HTML */
    get: operations["getThreadsByidComments"];
    put?: never;
    /** Comment in Markdown for your organisation, mentioning organisations */
    post: operations["postThreadsByidComments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/comments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a comment (its author or the convener side), leaving a placeholder */
    delete: operations["deleteCommentsByid"];
    options?: never;
    head?: never;
    /** Edit your comment; the previous text is kept in its history */
    patch: operations["patchCommentsByid"];
    trace?: never;
  };
  "/api/v1/comments/{id}/revisions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The earlier texts of a comment (a withdrawn one's for the convener side only) */
    get: operations["getCommentsByidRevisions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coalition's campaigns (to those inside) or an organisation's own (to its people) */
    get: operations["getCampaigns"];
    put?: never;
    /** Start a campaign for a coalition or for one organisation, optionally from an adopted proposal */
    post: operations["postCampaigns"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's plan, with what the viewer may do in it */
    get: operations["getCampaignsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the plan, status, fund monitor or public page; or bring it into a coalition */
    patch: operations["patchCampaignsByid"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change to the campaign: who, for which organisation, when, what */
    get: operations["getCampaignsByidHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/campaigns/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's public summary: only the parts it chose to publish */
    get: operations["getPublicCampaignsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/objectives": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's SMART objectives, each with its progress and whether it is on track */
    get: operations["getCampaignsByidObjectives"];
    put?: never;
    /** Set a SMART objective, owned by one of the campaign's organisations */
    post: operations["postCampaignsByidObjectives"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/objectives/{objectiveId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an objective and its progress (kept in the history) */
    delete: operations["deleteCampaignsByidObjectivesByobjectiveId"];
    options?: never;
    head?: never;
    /** Change an objective */
    patch: operations["patchCampaignsByidObjectivesByobjectiveId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/objectives/{objectiveId}/progress": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report progress: the owner organisation's representatives, or those running the campaign */
    post: operations["postCampaignsByidObjectivesByobjectiveIdProgress"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/objectives/{objectiveId}/progress/{progressId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a progress reading: the person who reported it, or those running the campaign */
    delete: operations["deleteCampaignsByidObjectivesByobjectiveIdProgressByprogressId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's stakeholders by name, with their moves and links */
    get: operations["getCampaignsByidStakeholders"];
    put?: never;
    /** Add a target or influencer; its first move places it on the map */
    post: operations["postCampaignsByidStakeholders"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/power-map": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The power map on a day: each stakeholder's position and influence then, and the days anything moved */
    get: operations["getCampaignsByidStakeholdersPowerMap"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholder-links": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link two stakeholders (who influences whom) */
    post: operations["postCampaignsByidStakeholderLinks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholder-links/{linkId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a link */
    delete: operations["deleteCampaignsByidStakeholderLinksBylinkId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/kumu/elements.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the stakeholders as Kumu elements (CSV)
     * @description Columns Label, Type, Description, Tags (separated by |), Role, Position, Influence, Interest. A cell a spreadsheet would run as a formula starts with an apostrophe, which the import removes.
     */
    get: operations["getCampaignsByidStakeholdersKumuElementsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/kumu/connections.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the links as Kumu connections (CSV)
     * @description Columns From, To, Type.
     */
    get: operations["getCampaignsByidStakeholdersKumuConnectionsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/kumu": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import Kumu elements and connections (CSV texts)
     * @description Labels are matched to the campaign's stakeholders by name; new ones are created. Every refused row is reported with why; if any is refused nothing is imported (422) unless validRowsOnly is true. dryRun reports without changing anything.
     */
    post: operations["postCampaignsByidStakeholdersKumu"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/{stakeholderId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One stakeholder, with its moves and links */
    get: operations["getCampaignsByidStakeholdersBystakeholderId"];
    put?: never;
    post?: never;
    /** Remove a stakeholder, its moves and links */
    delete: operations["deleteCampaignsByidStakeholdersBystakeholderId"];
    options?: never;
    head?: never;
    /** Change a stakeholder; a new position or influence is a move dated today */
    patch: operations["patchCampaignsByidStakeholdersBystakeholderId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stakeholders/{stakeholderId}/moves": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a dated move along the spectrum of allies */
    post: operations["postCampaignsByidStakeholdersBystakeholderIdMoves"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's workplan by start date, filtered by lead organisation or status */
    get: operations["getCampaignsByidActivities"];
    put?: never;
    /** Plan an activity: a tactic, a role, a lead organisation, dates, dependencies */
    post: operations["postCampaignsByidActivities"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/activities/role-matrix": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which organisation does what: activities led and supported, per role */
    get: operations["getCampaignsByidActivitiesRoleMatrix"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/activities/{activityId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One activity, with its dependencies and whether they hold it up */
    get: operations["getCampaignsByidActivitiesByactivityId"];
    put?: never;
    post?: never;
    /** Remove an activity from the workplan */
    delete: operations["deleteCampaignsByidActivitiesByactivityId"];
    options?: never;
    head?: never;
    /** Change an activity: its lead organisation moves status, dates and notes; the rest is for those running the campaign */
    patch: operations["patchCampaignsByidActivitiesByactivityId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/activities/{activityId}/action-item": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the activity one of the coalition's action items, owned by its lead and due when it is */
    post: operations["postCampaignsByidActivitiesByactivityIdActionItem"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's messages, with the stories each tells and a flag where a story's consent no longer covers it */
    get: operations["getCampaignsByidMessages"];
    put?: never;
    /** Write a message for an audience in a frame (internal unless made public) */
    post: operations["postCampaignsByidMessages"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/messages/{messageId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a message */
    delete: operations["deleteCampaignsByidMessagesBymessageId"];
    options?: never;
    head?: never;
    /** Change a message; making it public checks every story it tells against its consent */
    patch: operations["patchCampaignsByidMessagesBymessageId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/messages/{messageId}/stories/{storyId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Tell a story in a message for a use, or change the use: refused unless the story's consent covers it */
    put: operations["putCampaignsByidMessagesBymessageIdStoriesBystoryId"];
    post?: never;
    /** Stop telling a story in a message */
    delete: operations["deleteCampaignsByidMessagesBymessageIdStoriesBystoryId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stories": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's stories with their consent and the messages that tell them (for those inside only) */
    get: operations["getCampaignsByidStories"];
    put?: never;
    /** Record a story an organisation collected, with the consent given for it (internal use unless more is chosen) */
    post: operations["postCampaignsByidStories"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stories/{storyId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a story or its consent: the organisation that recorded it */
    patch: operations["patchCampaignsByidStoriesBystoryId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/stories/{storyId}/withdraw": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that consent was withdrawn: the story may no longer be told and every message telling it is flagged */
    post: operations["postCampaignsByidStoriesBystoryIdWithdraw"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/pledges": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each organisation pledged (money, staff days, in kind) and what arrived */
    get: operations["getCampaignsByidPledges"];
    put?: never;
    /** Pledge for an organisation its representative speaks for */
    post: operations["postCampaignsByidPledges"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/pledges/{pledgeId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a pledge (its organisation) */
    delete: operations["deleteCampaignsByidPledgesBypledgeId"];
    options?: never;
    head?: never;
    /** Change a pledge (its organisation), or record what has arrived (also those running the campaign) */
    patch: operations["patchCampaignsByidPledgesBypledgeId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/budget-lines": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The budget lines, each with its spending and variance in its own currency */
    get: operations["getCampaignsByidBudgetLines"];
    put?: never;
    /** Add a budget line (those running the campaign) */
    post: operations["postCampaignsByidBudgetLines"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/budget-lines/{budgetLineId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a budget line with no spending (those running the campaign) */
    delete: operations["deleteCampaignsByidBudgetLinesBybudgetLineId"];
    options?: never;
    head?: never;
    /** Change a budget line (those running the campaign); its currency only while nothing is booked in it */
    patch: operations["patchCampaignsByidBudgetLinesBybudgetLineId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/spending": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Spending entries, newest first, with their confirmation status */
    get: operations["getCampaignsByidSpending"];
    put?: never;
    /** Record spending against a budget line, in its currency, for the organisation that spent */
    post: operations["postCampaignsByidSpending"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/spending/{spendingId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a spending entry the fund monitor has not confirmed */
    delete: operations["deleteCampaignsByidSpendingByspendingId"];
    options?: never;
    head?: never;
    /** Correct a spending entry until the fund monitor confirms it */
    patch: operations["patchCampaignsByidSpendingByspendingId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/spending/{spendingId}/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a spending entry: the campaign's fund monitor alone; final */
    post: operations["postCampaignsByidSpendingByspendingIdConfirm"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/spending/{spendingId}/query": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Query a spending entry with a note: the campaign's fund monitor alone */
    post: operations["postCampaignsByidSpendingByspendingIdQuery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/resources/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Totals per currency, never converted: pledged, received, budgeted, spent (confirmed, pending, queried) and variance per line */
    get: operations["getCampaignsByidResourcesSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/outcomes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's outcomes log: what changed, its contribution, the evidence */
    get: operations["getCampaignsByidOutcomes"];
    put?: never;
    /** Log an outcome for an organisation the caller acts for */
    post: operations["postCampaignsByidOutcomes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/outcomes/{outcomeId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an outcome: the organisation it was recorded for, or those running the campaign */
    delete: operations["deleteCampaignsByidOutcomesByoutcomeId"];
    options?: never;
    head?: never;
    /** Change an outcome: the organisation it was recorded for, or those running the campaign */
    patch: operations["patchCampaignsByidOutcomesByoutcomeId"];
    trace?: never;
  };
  "/api/v1/campaigns/{id}/review": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The after-action review, or null while none has been written */
    get: operations["getCampaignsByidReview"];
    /** Write the after-action review once the campaign is closed (those running it); 409 before */
    put: operations["putCampaignsByidReview"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaign-lessons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lessons from past campaigns by tactic and issue: shared with the platform, or of the caller's own coalitions */
    get: operations["getCampaignLessons"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/campaigns/{id}/dashboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Objectives on track or not, the next activities, pledges against the budget per currency, and stakeholder movement over the last 30 days */
    get: operations["getCampaignsByidDashboard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/statements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's statements, newest first (members) */
    get: operations["getCoalitionsByidStatements"];
    put?: never;
    /** Draft a joint statement (convening side, or the lead of its campaign) */
    post: operations["postCoalitionsByidStatements"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statements/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A statement: its current text, the members' public signatures, your answers
     * @description Private supporters are never named, and counted only from three. The convening side also sees every answer, the reasons given for declining and who has not answered.
     */
    get: operations["getStatementsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Open sign-on, withdraw, or change the deadline and the private count */
    patch: operations["patchStatementsByid"];
    trace?: never;
  };
  "/api/v1/statements/{id}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a statement's text, oldest first, to compare them */
    get: operations["getStatementsByidVersions"];
    put?: never;
    /** Add a version of the text: organisations that answered are asked to confirm again */
    post: operations["postStatementsByidVersions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statements/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the current version (refused while a risk above the charter's threshold is undecided) */
    post: operations["postStatementsByidPublish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statements/{id}/answers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer for a member organisation: sign publicly, support privately or decline */
    post: operations["postStatementsByidAnswers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statements/{id}/invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the link through which organisations outside the coalition sign on (replaces the last) */
    post: operations["postStatementsByidInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statement-invitations/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A statement as the invitation link shows it to an organisation outside */
    get: operations["getStatementInvitationsBytoken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/statement-invitations/{token}/answers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer through the invitation link, for an organisation outside the coalition */
    post: operations["postStatementInvitationsBytokenAnswers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/public/statements/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published statement, for anyone: its text, public signatories and messengers */
    get: operations["getPublicStatementsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/coalitions/{id}/risk-assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coalition's risk assessments, newest first */
    get: operations["getCoalitionsByidRiskAssessments"];
    put?: never;
    /** Open a joint risk assessment of a statement, campaign activity or publication */
    post: operations["postCoalitionsByidRiskAssessments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/risk-assessments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An assessment: its heat map, threshold, register and the viewer's own answers */
    get: operations["getRiskAssessmentsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/risk-assessments/{id}/responses/{organizationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Answer for a member organisation, privately: its ratings and mitigations */
    put: operations["putRiskAssessmentsByidResponsesByorganizationId"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/risk-assessments/{id}/mitigations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a mitigation to the register, with an owner and due date if known */
    post: operations["postRiskAssessmentsByidMitigations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/mitigations/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark a mitigation done (its owner or the convening side) or edit it */
    patch: operations["patchMitigationsByid"];
    trace?: never;
  };
  "/api/v1/risk-assessments/{id}/fronting": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who should front the action and who support privately, with the reasons */
    get: operations["getRiskAssessmentsByidFronting"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/risk-assessments/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the proposal that decides the action and who fronts it */
    post: operations["postRiskAssessmentsByidDecision"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/proposals/{id}/risk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The risk summary and proposed messengers of a proposal deciding an action */
    get: operations["getProposalsByidRisk"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your public keys and your secret keys as your browser wrapped them
     * @description The secret keys are wrapped under your passphrase (Argon2id) and under your recovery key; the server cannot unwrap them. Null before you set a passphrase.
     */
    get: operations["getMeKeys"];
    /**
     * Set your keys, or wrap the same keys under a new passphrase
     * @description Different keys in place of yours only with `reset`, which drops every organisation key sealed to you: a member must seal it to you again.
     */
    put: operations["putMeKeys"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{userId}/keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's public keys (for people who share an organisation with them) */
    get: operations["getPeopleByuserIdKeys"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation's identity key and epochs; for its people, their sealed key
     * @description Partners seal shares to the current epoch's key after checking its signature against the identity key they have seen before.
     */
    get: operations["getOrganizationsByidKeys"];
    put?: never;
    /** Start an organisation's keys: its identity and first epoch (owners and admins) */
    post: operations["postOrganizationsByidKeys"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/keys/epochs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the next epoch (owners and admins); after a member left, before new records */
    post: operations["postOrganizationsByidKeysEpochs"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/keys/seals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seal the current epoch to members who have set their keys since
     * @description By any member who holds the current epoch, from their unlocked browser.
     */
    post: operations["postOrganizationsByidKeysSeals"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records you may read, newest change first, filtered
     * @description A partner sees only the fields its agreements allow. Every record shown that is not public is written to the audit log.
     */
    get: operations["getRecords"];
    put?: never;
    /**
     * Record an incident, case, trend or document for one of your organisations
     * @description Restricted to the owner by default; inside it, read by its owners, admins, editors and the people named.
     */
    post: operations["postRecords"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/export.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every record you may read under the filters, as JSON (at most 10,000)
     * @description A partner's export holds only the fields its agreements allow, absent otherwise. Each record exported that is not public is written to the audit log.
     */
    get: operations["getRecordsExportJson"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/export.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every record you may read under the filters, as CSV (at most 10,000)
     * @description One column per field the exported records hold; nested values in dotted columns. Audited like the JSON export.
     */
    get: operations["getRecordsExportCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A record, as far as you may read it (audited unless public) */
    get: operations["getRecordsByid"];
    put?: never;
    post?: never;
    /** Delete a record: its content is erased, a tombstone stays in the audit log */
    delete: operations["deleteRecordsByid"];
    options?: never;
    head?: never;
    /**
     * A new version of a record's content, or a change of who reads it
     * @description Made from the version given: refused (409) when another edit came first.
     */
    patch: operations["patchRecordsByid"];
    trace?: never;
  };
  "/api/v1/records/{id}/consents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a consent given, refused or withdrawn for one use
     * @description Refusing or withdrawing ends, at once, the record's grants under agreements that need that consent.
     */
    post: operations["postRecordsByidConsents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/records/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import incidents from CSV (the export's columns), with a report of every refused row
     * @description A file with refused rows imports nothing unless validRowsOnly is set; dryRun reports without importing.
     */
    post: operations["postOrganizationsByidRecordsImport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{id}/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read, changed or shared a record, newest first (owners and admins) */
    get: operations["getRecordsByidAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit of an organisation's records, newest first (its owners and admins) */
    get: operations["getOrganizationsByidAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/audit/checkpoint": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The latest signed checkpoint of the audit log, to keep (owners and admins)
     * @description The log's size and head hash, signed with the instance's Ed25519 key, and that key. Kept by the organisation, it lets it show later that the log still extends it.
     */
    get: operations["getOrganizationsByidAuditCheckpoint"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/audit/checkpoint/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a kept checkpoint: signed here, and the whole log still extends it
     * @description Reads the whole log from its first entry (about ten seconds per million entries).
     */
    post: operations["postOrganizationsByidAuditCheckpointCheck"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/statistics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Counts of incidents by month, country or area and violation type
     * @description Incidents the viewer reads in full whose owners consented to statistics. Cells from 1 to k − 1 are hidden, and others with them so that no total gives them away.
     */
    get: operations["getRecordsStatistics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/statistics.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The same counts as CSV (a hidden cell says “suppressed”)
     * @description Incidents the viewer reads in full whose owners consented to statistics. Cells from 1 to k − 1 are hidden, and others with them so that no total gives them away.
     */
    get: operations["getRecordsStatisticsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/records/confidential-counts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the organisation contributed of its confidential incidents' counts */
    get: operations["getOrganizationsByidRecordsConfidentialCounts"];
    /**
     * Contribute counts of your confidential incidents, computed in your browser
     * @description The server cannot count confidential records: the owner's browser counts those whose consent to statistics stands, by month, country, area and violation type, and sends only the counts. They replace the last contribution, and statistics add them for the audience chosen (the organisation's own people by default). Owners and admins; audited.
     */
    put: operations["putOrganizationsByidRecordsConfidentialCounts"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agreements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agreements your organisations are parties to, newest first */
    get: operations["getAgreements"];
    put?: never;
    /**
     * Propose an information-sharing agreement to other organisations
     * @description Proposed for one of your organisations (as its owner or admin), which accepts it by proposing; in force once every party accepts.
     */
    post: operations["postAgreements"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agreements/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An agreement: its terms, versions and who accepted them (parties only) */
    get: operations["getAgreementsByid"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agreements/{id}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put new terms: a new version that every party accepts again
     * @description Grants already made keep the terms of the version they were made under.
     */
    post: operations["postAgreementsByidVersions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agreements/{id}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the current version for a party (its owners and admins) */
    post: operations["postAgreementsByidAccept"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agreements/{id}/end": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an agreement for a party: every grant under it ends at once */
    post: operations["postAgreementsByidEnd"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{id}/grants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The grants of a record, live and ended (the owner's owners and admins) */
    get: operations["getRecordsByidGrants"];
    put?: never;
    /**
     * Share a record with an organisation under an agreement in force
     * @description By the owner's owners and admins, or onward by a grantee as the agreement allows. Without the consent the agreement needs, refused (409) unless a reason is given: the override is audited and told to the owner's owners and admins.
     */
    post: operations["postRecordsByidGrants"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organizations/{id}/grants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The grants an organisation gave and received (its owners and admins) */
    get: operations["getOrganizationsByidGrants"];
    put?: never;
    /**
     * Share every record of the organisation matching a saved filter
     * @description A record falls under it only while it has the consent the agreement needs; there is no override.
     */
    post: operations["postOrganizationsByidGrants"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/grants/{id}/revoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a grant at once, with every grant shared onward from it */
    post: operations["postGrantsByidRevoke"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A record's files with their SHA-256 (readers of the whole record) */
    get: operations["getRecordsByidFiles"];
    put?: never;
    /**
     * Attach a file to a record (raw bytes, at most 25 MB); its SHA-256 is kept
     * @description Send the bytes as application/octet-stream, with the file's name and media type in the query. Editors of the record only; written to the audit log.
     */
    post: operations["postRecordsByidFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{id}/files/{fileId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a record's file (always as an attachment, sandboxed; audited) */
    get: operations["getRecordsByidFilesByfileId"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/confidential-records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The confidential records you may fetch, as ciphertext, newest change first
     * @description Your browser decrypts, searches and filters them. Each record fetched is written to the audit log.
     */
    get: operations["getConfidentialRecords"];
    put?: never;
    /**
     * Keep a confidential record, encrypted in your browser
     * @description The content (its kind and title included) arrives encrypted, its key sealed to the owner's current epoch; the server cannot read either.
     */
    post: operations["postConfidentialRecords"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/confidential-records/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A confidential record's ciphertext and sealed key, or the shares sealed to you */
    get: operations["getConfidentialRecordsByid"];
    /**
     * A new version of a confidential record, encrypted in your browser
     * @description Made from the version given: refused (409) when another edit came first.
     */
    put: operations["putConfidentialRecordsByid"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/confidential-records/{id}/consents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record consent given, refused or withdrawn for one use of a confidential record
     * @description As for any record: anything but `given` ends at once the grants that needed that consent. Answers the record as its reader fetches it.
     */
    post: operations["postConfidentialRecordsByidConsents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/confidential-records/{id}/files/{fileId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an encrypted file's ciphertext (audited); your browser decrypts it */
    get: operations["getConfidentialRecordsByidFilesByfileId"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first, with the number unread */
    get: operations["getMeNotifications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notifications/read": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark some of your notifications read, or all of them */
    post: operations["postMeNotificationsRead"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/notification-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you receive the daily email digest */
    get: operations["getMeNotificationSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Turn the daily email digest (and urgent reminders by email) on or off */
    patch: operations["patchMeNotificationSettings"];
    trace?: never;
  };
  "/api/v1/discovery/matches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ranked, explained partner matches for a need */
    post: operations["postDiscoveryMatches"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/team": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The smallest team covering a need's capacities and places */
    post: operations["postDiscoveryTeam"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/suggestions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Capacities organisations on these issues and places usually combine */
    post: operations["postDiscoverySuggestions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/draft": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A need filled in from one of my organisations or a coalition I am inside, or from a few sentences in any language */
    get: operations["getDiscoveryDraft"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/team/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a team into a coalition you convene */
    post: operations["postDiscoveryTeamInvitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/needs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved needs of one of my organisations or a coalition I am inside */
    get: operations["getDiscoveryNeeds"];
    put?: never;
    /** Save a need, shared with the requester's members */
    post: operations["postDiscoveryNeeds"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/discovery/needs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A saved need */
    get: operations["getDiscoveryNeedsByid"];
    put?: never;
    post?: never;
    /** Delete a saved need */
    delete: operations["deleteDiscoveryNeedsByid"];
    options?: never;
    head?: never;
    /** Change a saved need */
    patch: operations["patchDiscoveryNeedsByid"];
    trace?: never;
  };
  "/api/v1/discovery/network": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations linked by the coalitions they share, with bridges marked */
    get: operations["getDiscoveryNetwork"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/confidential-records/{id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach an encrypted file (at most 100 MB before encryption)
     * @description The ciphertext as application/octet-stream; the header (name, type, size, SHA-256 and the file's key, sealed under the record's key) in the query, with the file id the browser bound them to (409 when a file has it already).
     */
    post: operations["postConfidentialRecordsByidFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActionItemSummary: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      coalitionId: string;
      meetingId: string | null;
      title: string;
      owner: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      /** Format: date */
      dueDate: string;
      /** @enum {string} */
      status: "open" | "in_progress" | "done" | "cancelled";
      overdue: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      permissions: {
        edit: boolean;
        changeStatus: boolean;
      };
    };
    Campaign: {
      /** Format: uuid */
      id: string;
      coalition: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      ownerOrganization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      leadOrganization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      proposal: {
        /** Format: uuid */
        id: string;
        title: string;
      } | null;
      title: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      problem: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      theoryOfChange: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      goal: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      startsOn: string | null;
      endsOn: string | null;
      /** @enum {string} */
      status: "planning" | "active" | "paused" | "closed";
      issues: string[];
      fundMonitor: {
        /** @enum {string} */
        kind: "organization" | "person";
        id: string;
        name: string;
      } | null;
      publishedParts: {
        goal: boolean;
        problem: boolean;
        objectives: boolean;
        outcomes: boolean;
        organizations: boolean;
      } | null;
      organizations: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      permissions: {
        run: boolean;
        confirmSpending: boolean;
        actFor: string[];
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignActivity: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      campaignId: string;
      title: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      /** @enum {string} */
      tactic:
        | "private_diplomacy"
        | "public_statement"
        | "litigation"
        | "un_mechanisms"
        | "media"
        | "mobilisation"
        | "third_party_messaging"
        | "research"
        | "lobbying"
        | "coalition_building";
      /** @enum {string} */
      role:
        | "documentation"
        | "analysis"
        | "litigation"
        | "funding"
        | "media"
        | "mobilisation"
        | "advocacy"
        | "coordination";
      leadOrganization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      supportingOrganizations: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      stakeholders: {
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      objectives: {
        /** Format: uuid */
        id: string;
        statement: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
      }[];
      /** Format: date */
      startsOn: string;
      /** Format: date */
      dueOn: string;
      /** @enum {string} */
      status: "planned" | "in_progress" | "done" | "blocked" | "cancelled";
      notes: string | null;
      dependsOn: {
        /** Format: uuid */
        id: string;
        title: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        /** @enum {string} */
        status: "planned" | "in_progress" | "done" | "blocked" | "cancelled";
      }[];
      blocked: boolean;
      actionItemId: string | null;
      mayUpdate: boolean;
      mayMakeActionItem: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignBudgetLine: {
      /** Format: uuid */
      id: string;
      label: string;
      /** @enum {string} */
      currency:
        | "AED"
        | "AFN"
        | "ALL"
        | "AMD"
        | "ANG"
        | "AOA"
        | "ARS"
        | "AUD"
        | "AWG"
        | "AZN"
        | "BAM"
        | "BBD"
        | "BDT"
        | "BGN"
        | "BHD"
        | "BIF"
        | "BMD"
        | "BND"
        | "BOB"
        | "BRL"
        | "BSD"
        | "BTN"
        | "BWP"
        | "BYN"
        | "BZD"
        | "CAD"
        | "CDF"
        | "CHF"
        | "CLP"
        | "CNY"
        | "COP"
        | "CRC"
        | "CUP"
        | "CVE"
        | "CZK"
        | "DJF"
        | "DKK"
        | "DOP"
        | "DZD"
        | "EGP"
        | "ERN"
        | "ETB"
        | "EUR"
        | "FJD"
        | "FKP"
        | "GBP"
        | "GEL"
        | "GHS"
        | "GIP"
        | "GMD"
        | "GNF"
        | "GTQ"
        | "GYD"
        | "HKD"
        | "HNL"
        | "HTG"
        | "HUF"
        | "IDR"
        | "ILS"
        | "INR"
        | "IQD"
        | "IRR"
        | "ISK"
        | "JMD"
        | "JOD"
        | "JPY"
        | "KES"
        | "KGS"
        | "KHR"
        | "KMF"
        | "KPW"
        | "KRW"
        | "KWD"
        | "KYD"
        | "KZT"
        | "LAK"
        | "LBP"
        | "LKR"
        | "LRD"
        | "LSL"
        | "LYD"
        | "MAD"
        | "MDL"
        | "MGA"
        | "MKD"
        | "MMK"
        | "MNT"
        | "MOP"
        | "MRU"
        | "MUR"
        | "MVR"
        | "MWK"
        | "MXN"
        | "MYR"
        | "MZN"
        | "NAD"
        | "NGN"
        | "NIO"
        | "NOK"
        | "NPR"
        | "NZD"
        | "OMR"
        | "PAB"
        | "PEN"
        | "PGK"
        | "PHP"
        | "PKR"
        | "PLN"
        | "PYG"
        | "QAR"
        | "RON"
        | "RSD"
        | "RUB"
        | "RWF"
        | "SAR"
        | "SBD"
        | "SCR"
        | "SDG"
        | "SEK"
        | "SGD"
        | "SHP"
        | "SLE"
        | "SLL"
        | "SOS"
        | "SRD"
        | "SSP"
        | "STN"
        | "SVC"
        | "SYP"
        | "SZL"
        | "THB"
        | "TJS"
        | "TMT"
        | "TND"
        | "TOP"
        | "TRY"
        | "TTD"
        | "TWD"
        | "TZS"
        | "UAH"
        | "UGX"
        | "USD"
        | "UYU"
        | "UZS"
        | "VES"
        | "VND"
        | "VUV"
        | "WST"
        | "XAF"
        | "XCD"
        | "XCG"
        | "XOF"
        | "XPF"
        | "YER"
        | "ZAR"
        | "ZMW"
        | "ZWG";
      amount: string;
      confirmed: string;
      pending: string;
      queried: string;
      variance: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignDashboard: {
      /** Format: date */
      today: string;
      objectives: {
        counts: {
          achieved: number;
          on_track: number;
          behind: number;
          missed: number;
          no_data: number;
        };
        items: {
          /** Format: uuid */
          id: string;
          statement: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          unit: string;
          baseline: number;
          target: number;
          /** Format: date */
          deadline: string;
          latest: {
            value: number;
            /** Format: date */
            measuredOn: string;
          } | null;
          /** @enum {string} */
          track: "achieved" | "on_track" | "behind" | "missed" | "no_data";
        }[];
      };
      activities: {
        open: number;
        overdue: number;
        next: {
          /** Format: uuid */
          id: string;
          title: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          tactic: string;
          role: string;
          status: string;
          /** Format: date */
          startsOn: string;
          /** Format: date */
          dueOn: string;
          leadOrganization: {
            /** Format: uuid */
            organizationId: string;
            name: string;
          };
        }[];
      };
      resources: {
        currencies: {
          currency: string;
          pledged: string;
          received: string;
          budget: string;
          spent: string;
        }[];
        staffDays: {
          pledged: string;
          received: string;
        };
      };
      stakeholders: {
        total: number;
        /** Format: date */
        since: string;
        moved: number;
        towardAllies: number;
        towardOpposition: number;
        biggestMovers: {
          /** Format: uuid */
          id: string;
          name: string;
          from: number;
          to: number;
          influence: number;
        }[];
      };
    };
    CampaignHistoryEntry: {
      /** Format: uuid */
      id: string;
      entity: string;
      /** Format: uuid */
      entityId: string;
      action: string;
      changes: {
        [key: string]: {
          from: unknown;
          to: unknown;
        };
      };
      changedBy: {
        userId: string;
        name: string;
      } | null;
      changedFor: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      /** Format: date-time */
      changedAt: string;
    };
    CampaignLesson: {
      /** Format: uuid */
      id: string;
      campaign: {
        id: string | null;
        title: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
      };
      worked: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      didNotWork: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      lessons: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      tactics: (
        | "private_diplomacy"
        | "public_statement"
        | "litigation"
        | "un_mechanisms"
        | "media"
        | "mobilisation"
        | "third_party_messaging"
        | "research"
        | "lobbying"
        | "coalition_building"
      )[];
      issues: string[];
      /** @enum {string} */
      shared: "coalition" | "platform";
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignMessage: {
      /** Format: uuid */
      id: string;
      audience: string;
      /** @enum {string} */
      frame:
        | "rights_based"
        | "humanitarian"
        | "faith"
        | "legal"
        | "economic"
        | "security"
        | "public_health";
      text: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      messenger: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      /** @enum {string} */
      visibility: "internal" | "public";
      stories: {
        /** Format: uuid */
        storyId: string;
        title: string;
        /** @enum {string} */
        use: "internal" | "public_named" | "public_anonymised";
        problem: ("withdrawn" | "expired" | "not_yet_given" | "use_not_consented") | null;
      }[];
      flags: {
        /** Format: uuid */
        storyId: string;
        /** @enum {string} */
        problem: "withdrawn" | "expired" | "not_yet_given" | "use_not_consented";
      }[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignOutcome: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      observedOn: string;
      change: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      contribution: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      evidence: string | null;
      /** @enum {string} */
      significance: "significant" | "some" | "none";
      recordedFor: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      recordedBy: {
        userId: string;
        name: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
    };
    CampaignPledge: {
      /** Format: uuid */
      id: string;
      organization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      /** @enum {string} */
      kind: "money" | "staff_days" | "in_kind";
      currency:
        | (
            | "AED"
            | "AFN"
            | "ALL"
            | "AMD"
            | "ANG"
            | "AOA"
            | "ARS"
            | "AUD"
            | "AWG"
            | "AZN"
            | "BAM"
            | "BBD"
            | "BDT"
            | "BGN"
            | "BHD"
            | "BIF"
            | "BMD"
            | "BND"
            | "BOB"
            | "BRL"
            | "BSD"
            | "BTN"
            | "BWP"
            | "BYN"
            | "BZD"
            | "CAD"
            | "CDF"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "CRC"
            | "CUP"
            | "CVE"
            | "CZK"
            | "DJF"
            | "DKK"
            | "DOP"
            | "DZD"
            | "EGP"
            | "ERN"
            | "ETB"
            | "EUR"
            | "FJD"
            | "FKP"
            | "GBP"
            | "GEL"
            | "GHS"
            | "GIP"
            | "GMD"
            | "GNF"
            | "GTQ"
            | "GYD"
            | "HKD"
            | "HNL"
            | "HTG"
            | "HUF"
            | "IDR"
            | "ILS"
            | "INR"
            | "IQD"
            | "IRR"
            | "ISK"
            | "JMD"
            | "JOD"
            | "JPY"
            | "KES"
            | "KGS"
            | "KHR"
            | "KMF"
            | "KPW"
            | "KRW"
            | "KWD"
            | "KYD"
            | "KZT"
            | "LAK"
            | "LBP"
            | "LKR"
            | "LRD"
            | "LSL"
            | "LYD"
            | "MAD"
            | "MDL"
            | "MGA"
            | "MKD"
            | "MMK"
            | "MNT"
            | "MOP"
            | "MRU"
            | "MUR"
            | "MVR"
            | "MWK"
            | "MXN"
            | "MYR"
            | "MZN"
            | "NAD"
            | "NGN"
            | "NIO"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PAB"
            | "PEN"
            | "PGK"
            | "PHP"
            | "PKR"
            | "PLN"
            | "PYG"
            | "QAR"
            | "RON"
            | "RSD"
            | "RUB"
            | "RWF"
            | "SAR"
            | "SBD"
            | "SCR"
            | "SDG"
            | "SEK"
            | "SGD"
            | "SHP"
            | "SLE"
            | "SLL"
            | "SOS"
            | "SRD"
            | "SSP"
            | "STN"
            | "SVC"
            | "SYP"
            | "SZL"
            | "THB"
            | "TJS"
            | "TMT"
            | "TND"
            | "TOP"
            | "TRY"
            | "TTD"
            | "TWD"
            | "TZS"
            | "UAH"
            | "UGX"
            | "USD"
            | "UYU"
            | "UZS"
            | "VES"
            | "VND"
            | "VUV"
            | "WST"
            | "XAF"
            | "XCD"
            | "XCG"
            | "XOF"
            | "XPF"
            | "YER"
            | "ZAR"
            | "ZMW"
            | "ZWG"
          )
        | null;
      amount: string;
      received: string;
      description: string | null;
      budgetLineId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignResourcesSummary: {
      currencies: {
        /** @enum {string} */
        currency:
          | "AED"
          | "AFN"
          | "ALL"
          | "AMD"
          | "ANG"
          | "AOA"
          | "ARS"
          | "AUD"
          | "AWG"
          | "AZN"
          | "BAM"
          | "BBD"
          | "BDT"
          | "BGN"
          | "BHD"
          | "BIF"
          | "BMD"
          | "BND"
          | "BOB"
          | "BRL"
          | "BSD"
          | "BTN"
          | "BWP"
          | "BYN"
          | "BZD"
          | "CAD"
          | "CDF"
          | "CHF"
          | "CLP"
          | "CNY"
          | "COP"
          | "CRC"
          | "CUP"
          | "CVE"
          | "CZK"
          | "DJF"
          | "DKK"
          | "DOP"
          | "DZD"
          | "EGP"
          | "ERN"
          | "ETB"
          | "EUR"
          | "FJD"
          | "FKP"
          | "GBP"
          | "GEL"
          | "GHS"
          | "GIP"
          | "GMD"
          | "GNF"
          | "GTQ"
          | "GYD"
          | "HKD"
          | "HNL"
          | "HTG"
          | "HUF"
          | "IDR"
          | "ILS"
          | "INR"
          | "IQD"
          | "IRR"
          | "ISK"
          | "JMD"
          | "JOD"
          | "JPY"
          | "KES"
          | "KGS"
          | "KHR"
          | "KMF"
          | "KPW"
          | "KRW"
          | "KWD"
          | "KYD"
          | "KZT"
          | "LAK"
          | "LBP"
          | "LKR"
          | "LRD"
          | "LSL"
          | "LYD"
          | "MAD"
          | "MDL"
          | "MGA"
          | "MKD"
          | "MMK"
          | "MNT"
          | "MOP"
          | "MRU"
          | "MUR"
          | "MVR"
          | "MWK"
          | "MXN"
          | "MYR"
          | "MZN"
          | "NAD"
          | "NGN"
          | "NIO"
          | "NOK"
          | "NPR"
          | "NZD"
          | "OMR"
          | "PAB"
          | "PEN"
          | "PGK"
          | "PHP"
          | "PKR"
          | "PLN"
          | "PYG"
          | "QAR"
          | "RON"
          | "RSD"
          | "RUB"
          | "RWF"
          | "SAR"
          | "SBD"
          | "SCR"
          | "SDG"
          | "SEK"
          | "SGD"
          | "SHP"
          | "SLE"
          | "SLL"
          | "SOS"
          | "SRD"
          | "SSP"
          | "STN"
          | "SVC"
          | "SYP"
          | "SZL"
          | "THB"
          | "TJS"
          | "TMT"
          | "TND"
          | "TOP"
          | "TRY"
          | "TTD"
          | "TWD"
          | "TZS"
          | "UAH"
          | "UGX"
          | "USD"
          | "UYU"
          | "UZS"
          | "VES"
          | "VND"
          | "VUV"
          | "WST"
          | "XAF"
          | "XCD"
          | "XCG"
          | "XOF"
          | "XPF"
          | "YER"
          | "ZAR"
          | "ZMW"
          | "ZWG";
        pledged: string;
        received: string;
        budgeted: string;
        confirmed: string;
        pending: string;
        queried: string;
        variance: string;
      }[];
      staffDays: {
        pledged: string;
        received: string;
      };
      inKind: {
        pledges: number;
        receivedInFull: number;
      };
      lines: components["schemas"]["CampaignBudgetLine"][];
      awaitingConfirmation: number;
    };
    CampaignReview: {
      worked: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      didNotWork: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      lessons: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      tactics: (
        | "private_diplomacy"
        | "public_statement"
        | "litigation"
        | "un_mechanisms"
        | "media"
        | "mobilisation"
        | "third_party_messaging"
        | "research"
        | "lobbying"
        | "coalition_building"
      )[];
      issues: string[];
      /** @enum {string} */
      shared: "coalition" | "platform";
      writtenBy: {
        userId: string;
        name: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignRoleMatrix: {
      roles: (
        | "documentation"
        | "analysis"
        | "litigation"
        | "funding"
        | "media"
        | "mobilisation"
        | "advocacy"
        | "coordination"
      )[];
      organizations: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        cells: {
          /** @enum {string} */
          role:
            | "documentation"
            | "analysis"
            | "litigation"
            | "funding"
            | "media"
            | "mobilisation"
            | "advocacy"
            | "coordination";
          lead: number;
          support: number;
        }[];
        lead: number;
        support: number;
      }[];
    };
    CampaignSpending: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      budgetLineId: string;
      organization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      /** @enum {string} */
      currency:
        | "AED"
        | "AFN"
        | "ALL"
        | "AMD"
        | "ANG"
        | "AOA"
        | "ARS"
        | "AUD"
        | "AWG"
        | "AZN"
        | "BAM"
        | "BBD"
        | "BDT"
        | "BGN"
        | "BHD"
        | "BIF"
        | "BMD"
        | "BND"
        | "BOB"
        | "BRL"
        | "BSD"
        | "BTN"
        | "BWP"
        | "BYN"
        | "BZD"
        | "CAD"
        | "CDF"
        | "CHF"
        | "CLP"
        | "CNY"
        | "COP"
        | "CRC"
        | "CUP"
        | "CVE"
        | "CZK"
        | "DJF"
        | "DKK"
        | "DOP"
        | "DZD"
        | "EGP"
        | "ERN"
        | "ETB"
        | "EUR"
        | "FJD"
        | "FKP"
        | "GBP"
        | "GEL"
        | "GHS"
        | "GIP"
        | "GMD"
        | "GNF"
        | "GTQ"
        | "GYD"
        | "HKD"
        | "HNL"
        | "HTG"
        | "HUF"
        | "IDR"
        | "ILS"
        | "INR"
        | "IQD"
        | "IRR"
        | "ISK"
        | "JMD"
        | "JOD"
        | "JPY"
        | "KES"
        | "KGS"
        | "KHR"
        | "KMF"
        | "KPW"
        | "KRW"
        | "KWD"
        | "KYD"
        | "KZT"
        | "LAK"
        | "LBP"
        | "LKR"
        | "LRD"
        | "LSL"
        | "LYD"
        | "MAD"
        | "MDL"
        | "MGA"
        | "MKD"
        | "MMK"
        | "MNT"
        | "MOP"
        | "MRU"
        | "MUR"
        | "MVR"
        | "MWK"
        | "MXN"
        | "MYR"
        | "MZN"
        | "NAD"
        | "NGN"
        | "NIO"
        | "NOK"
        | "NPR"
        | "NZD"
        | "OMR"
        | "PAB"
        | "PEN"
        | "PGK"
        | "PHP"
        | "PKR"
        | "PLN"
        | "PYG"
        | "QAR"
        | "RON"
        | "RSD"
        | "RUB"
        | "RWF"
        | "SAR"
        | "SBD"
        | "SCR"
        | "SDG"
        | "SEK"
        | "SGD"
        | "SHP"
        | "SLE"
        | "SLL"
        | "SOS"
        | "SRD"
        | "SSP"
        | "STN"
        | "SVC"
        | "SYP"
        | "SZL"
        | "THB"
        | "TJS"
        | "TMT"
        | "TND"
        | "TOP"
        | "TRY"
        | "TTD"
        | "TWD"
        | "TZS"
        | "UAH"
        | "UGX"
        | "USD"
        | "UYU"
        | "UZS"
        | "VES"
        | "VND"
        | "VUV"
        | "WST"
        | "XAF"
        | "XCD"
        | "XCG"
        | "XOF"
        | "XPF"
        | "YER"
        | "ZAR"
        | "ZMW"
        | "ZWG";
      amount: string;
      /** Format: date */
      spentOn: string;
      description: string;
      receipt: string | null;
      /** @enum {string} */
      status: "recorded" | "confirmed" | "queried";
      reviewedBy: {
        userId: string;
        name: string;
      } | null;
      reviewedAt: string | null;
      queryNote: string | null;
      recordedBy: {
        userId: string;
        name: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
    };
    CampaignStory: {
      /** Format: uuid */
      id: string;
      title: string;
      text: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      recordedBy: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      consent: {
        by: string;
        uses: ("internal" | "public_named" | "public_anonymised")[];
        /** Format: date */
        givenOn: string;
        until: string | null;
        withdrawnAt: string | null;
        /** @enum {string} */
        state: "in_force" | "withdrawn" | "expired" | "not_yet_given";
      };
      messages: {
        /** Format: uuid */
        messageId: string;
        audience: string;
        /** @enum {string} */
        visibility: "internal" | "public";
        /** @enum {string} */
        use: "internal" | "public_named" | "public_anonymised";
        problem: ("withdrawn" | "expired" | "not_yet_given" | "use_not_consented") | null;
      }[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CampaignSummary: {
      /** Format: uuid */
      id: string;
      title: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      /** @enum {string} */
      status: "planning" | "active" | "paused" | "closed";
      startsOn: string | null;
      endsOn: string | null;
      leadOrganization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      coalition: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
    };
    Coalition: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      visibility: "public" | "unlisted" | "secret";
      /** @enum {string} */
      memberListVisibility: "public" | "members";
      charterVersion: number;
      charter: {
        purpose: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        goals?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        scope?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        scopeTerms?: {
          issues?: string[];
          countries?: string[];
          regions?: string[];
        };
        limits?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        membershipCriteria?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        /** @default [] */
        applicationQuestions: {
          key: string;
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
        }[];
        decisionRules: {
          admission: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          statements: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          charter: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          spending: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
        };
        /** @default [] */
        focalPoints: {
          activity: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: uuid */
          organizationId: string;
        }[];
        /** @enum {string} */
        collaborationLevel: "information_sharing" | "coordination" | "joint_action";
        meetingRhythm?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        /** Format: date */
        reviewDate?: string;
        riskThresholds?: Partial<
          Record<"access" | "safety" | "legal" | "funding" | "reputation" | "authorities", number>
        >;
      };
      myMemberships: {
        /** Format: uuid */
        organizationId: string;
        /** @enum {string} */
        role: "convener" | "co_lead" | "member" | "observer";
        /** @enum {string} */
        status:
          | "invited"
          | "applied"
          | "active"
          | "suspended"
          | "declined"
          | "rejected"
          | "left"
          | "removed";
        represented: boolean;
      }[];
      members:
        | {
            organizationId: string | null;
            name: string | null;
            /** @enum {string} */
            role: "convener" | "co_lead" | "member" | "observer";
            /** @enum {string} */
            status:
              | "invited"
              | "applied"
              | "active"
              | "suspended"
              | "declined"
              | "rejected"
              | "left"
              | "removed";
            namedPublicly: boolean;
            /** Format: date-time */
            since: string;
            answers: {
              [key: string]: string;
            } | null;
            permissions: {
              steps: (
                | "accept"
                | "decline"
                | "admit"
                | "reject"
                | "suspend"
                | "reinstate"
                | "leave"
                | "remove"
              )[];
              changeRole: boolean;
            };
          }[]
        | null;
      memberCount: number;
      /** Format: date-time */
      createdAt: string;
      permissions: {
        readInside: boolean;
        readMembers: boolean;
        configure: boolean;
        amendCharter: boolean;
        invite: boolean;
        manageMeetings: boolean;
        speakTogether: boolean;
        searchPartners: boolean;
        proposeFor: string[];
        speakFor: string[];
        applyFor: string[];
        answerFor: string[];
        leaveFor: string[];
        nameFor: string[];
        representativesFor: string[];
      };
    };
    Comment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      threadId: string;
      author: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        person: {
          userId: string;
          name: string;
        } | null;
      };
      text: string | null;
      html: string | null;
      mentions: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      /** Format: date-time */
      createdAt: string;
      editedAt: string | null;
      revisionCount: number;
      withdrawn: {
        /** Format: date-time */
        at: string;
        by: {
          /** Format: uuid */
          organizationId: string;
          name: string;
          person: {
            userId: string;
            name: string;
          } | null;
        };
      } | null;
      permissions: {
        edit: boolean;
        withdraw: boolean;
        readHistory: boolean;
      };
    };
    DecisionResult:
      | {
          /** @constant */
          kind: "consent";
          /** @enum {string} */
          outcome: "adopted" | "rejected" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          tallies: {
            agree: number;
            abstain: number;
            object: number;
          };
          objections: number;
        }
      | {
          /** @constant */
          kind: "consensus";
          /** @enum {string} */
          outcome: "adopted" | "rejected" | "blocked" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          tallies: {
            agree: number;
            abstain: number;
            disagree: number;
            block: number;
          };
          blocks: number;
        }
      | {
          /** @constant */
          kind: "majority";
          /** @enum {string} */
          outcome: "adopted" | "rejected" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          tallies: {
            yes: number;
            no: number;
            abstain: number;
          };
          /** @enum {string} */
          of: "cast" | "eligible";
          /** @description Yes and no votes cast, or every eligible organisation */
          base: number;
          /** @description Yes votes needed for adoption */
          required: number;
        }
      | {
          /** @constant */
          kind: "supermajority";
          /** @enum {string} */
          outcome: "adopted" | "rejected" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          tallies: {
            yes: number;
            no: number;
            abstain: number;
          };
          /** @enum {string} */
          of: "cast" | "eligible";
          /** @description Yes and no votes cast, or every eligible organisation */
          base: number;
          /** @description Yes votes needed for adoption */
          required: number;
          /** @description The threshold as the exact fraction it was compared as */
          ratio: {
            numerator: number;
            denominator: number;
          };
        }
      | {
          /** @constant */
          kind: "ranked_choice";
          /** @enum {string} */
          outcome: "elected" | "tie" | "no_outcome" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          /** @description First preferences of each option */
          tallies: {
            [key: string]: number;
          };
          rounds: {
            /** @description Votes of each continuing option */
            counts: {
              [key: string]: number;
            };
            /** @description Ballots still ranking a continuing option */
            continuing: number;
            /** @description Ballots whose ranked options have all been eliminated */
            exhausted: number;
            eliminated?: string;
            /** @enum {string} */
            tieBreak?: "earlier_rounds" | "listing_order";
          }[];
          winner: string | null;
        }
      | {
          /** @constant */
          kind: "sense_check";
          /** @enum {string} */
          outcome: "no_outcome" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          tallies: {
            agree: number;
            unsure: number;
            disagree: number;
          };
        }
      | {
          /** @constant */
          kind: "time_poll";
          /** @enum {string} */
          outcome: "no_outcome" | "no_quorum";
          /** @description Member organisations that could take a stance */
          eligible: number;
          /** @description Organisations that took a stance, abstaining included */
          participation: number;
          /** @description Participation needed for the result to stand */
          quorumRequired: number;
          quorumMet: boolean;
          /** @description Answers for each slot */
          tallies: {
            [key: string]: {
              yes: number;
              if_need_be: number;
              no: number;
            };
          };
          /** @description Slots from best to worst */
          ranking: string[];
          best: string | null;
        };
    KumuImportReport: {
      imported: boolean;
      elements: {
        rows: number;
        created: number;
        updated: number;
        unchanged: number;
      };
      connections: {
        rows: number;
        created: number;
        unchanged: number;
      };
      refused: {
        /** @enum {string} */
        file: "elements" | "connections";
        row: number;
        label: string;
        column: string | null;
        /** @enum {string} */
        reason:
          | "required"
          | "too_long"
          | "not_in_list"
          | "out_of_range"
          | "duplicate"
          | "unknown_label"
          | "same_label"
          | "malformed";
        message: string;
      }[];
    };
    Meeting: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      coalitionId: string;
      title: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      timeZone: string;
      startsAtLocal: string;
      endsAtLocal: string;
      location: string | null;
      onlineUrl: string | null;
      /** @enum {string} */
      status: "scheduled" | "cancelled";
      agenda: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      sequence: number;
      organizedBy: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      minutes: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      decisions: {
        text: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        proposalId: string | null;
      }[];
      minutesRecordedAt: string | null;
      minutesRecordedBy: {
        userId: string;
        name: string;
      } | null;
      attendance: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        status: ("present" | "apologies" | "absent") | null;
        recordedBy: {
          userId: string;
          name: string;
        } | null;
        recordedFor: string | null;
        recordedAt: string | null;
      }[];
      actionItems: components["schemas"]["ActionItemSummary"][];
      permissions: {
        manage: boolean;
        attendanceFor: string[];
      };
      url: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Objective: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      campaignId: string;
      statement: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      indicator: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      unit: string;
      baseline: number;
      target: number;
      /** Format: date */
      baselineOn: string;
      /** Format: date */
      deadline: string;
      ownerOrganization: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      /** @enum {string} */
      track: "achieved" | "on_track" | "behind" | "missed" | "no_data";
      latest: {
        value: number;
        /** Format: date */
        measuredOn: string;
      } | null;
      expected: number;
      progress: components["schemas"]["ObjectiveProgress"][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ObjectiveProgress: {
      /** Format: uuid */
      id: string;
      value: number;
      /** Format: date */
      measuredOn: string;
      evidence: string | null;
      evidenceUrl: string | null;
      reportedBy: {
        userId: string;
        name: string;
      } | null;
      reportedFor: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      /** Format: date-time */
      reportedAt: string;
    };
    Organization: {
      /** Format: uuid */
      id: string;
      name: string;
      acronym: string | null;
      logoUrl: string | null;
      website: string | null;
      types: string[];
      level: string;
      headquartersCountry: string | null;
      verified: boolean;
      verifiedAt: string | null;
      /** @description Name of the platform administrator who verified it */
      verifiedBy: string | null;
      mission?: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      description?: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      countries?: string[];
      regions?: string[];
      issues?: string[];
      capacities?: string[];
      workingLanguages?: string[];
      sizeBand?: string | null;
      postures?: string[];
      contacts?: {
        name: string;
        role?: string;
        /** Format: email */
        email?: string;
        phone?: string;
      }[];
      visibility?: {
        /** @enum {string} */
        mission: "public" | "signed_in" | "members";
        /** @enum {string} */
        work: "public" | "signed_in" | "members";
        /** @enum {string} */
        posture: "public" | "signed_in" | "members";
        /** @enum {string} */
        contacts: "public" | "signed_in" | "members";
      };
      hiddenFromDirectory?: boolean;
      discoverable?: boolean;
      myRole: ("owner" | "admin" | "member") | null;
      createdAt: string;
      updatedAt: string;
      permissions: {
        manage: boolean;
        readMembers: boolean;
        inviteRoles: ("owner" | "admin" | "member")[];
        searchPartners: boolean;
        verify: boolean;
      };
    };
    PowerMap: {
      /** Format: date */
      on: string;
      dates: string[];
      stakeholders: {
        /** Format: uuid */
        id: string;
        name: string;
        /** @enum {string} */
        type:
          "institution" | "official" | "company" | "media" | "community" | "organisation" | "other";
        /** @enum {string} */
        role: "target" | "influencer";
        interest: number;
        /** @enum {string} */
        position:
          "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
        influence: number;
        /** Format: date */
        since: string;
      }[];
      links: components["schemas"]["StakeholderLink"][];
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /** @description The fields that failed validation, as dotted paths */
      errors?: {
        field: string;
        message: string;
      }[];
    };
    Proposal: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      coalitionId: string;
      /** @enum {string} */
      subject: "general" | "statement" | "spending" | "charter" | "admission" | "removal";
      title: string;
      body: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      rules:
        | {
            /** @constant */
            kind: "consent";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
          }
        | {
            /** @constant */
            kind: "consensus";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
          }
        | {
            /** @constant */
            kind: "majority";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
            /**
             * @default {
             *       "of": "cast"
             *     }
             */
            threshold: {
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          }
        | {
            /** @constant */
            kind: "supermajority";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
            threshold: {
              ratio: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          }
        | {
            /** @constant */
            kind: "ranked_choice";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
            options: string[];
          }
        | {
            /** @constant */
            kind: "sense_check";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
          }
        | {
            /** @constant */
            kind: "time_poll";
            /**
             * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
             * @default 0
             */
            quorum: number;
            slots: string[];
          };
      proposedCharter: {
        purpose: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        goals?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        scope?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        scopeTerms?: {
          issues?: string[];
          countries?: string[];
          regions?: string[];
        };
        limits?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        membershipCriteria?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        /** @default [] */
        applicationQuestions: {
          key: string;
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
        }[];
        decisionRules: {
          admission: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          statements: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          charter: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
          spending: {
            /** @enum {string} */
            method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
            /** @default 0 */
            quorum: number;
            threshold?: {
              numerator: number;
              denominator: number;
              /**
               * @default cast
               * @enum {string}
               */
              of: "cast" | "eligible";
            };
          };
        };
        /** @default [] */
        focalPoints: {
          activity: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: uuid */
          organizationId: string;
        }[];
        /** @enum {string} */
        collaborationLevel: "information_sharing" | "coordination" | "joint_action";
        meetingRhythm?: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        /** Format: date */
        reviewDate?: string;
        riskThresholds?: Partial<
          Record<"access" | "safety" | "legal" | "funding" | "reputation" | "authorities", number>
        >;
      } | null;
      /** @enum {string} */
      status: "open" | "closed";
      /** Format: date-time */
      closesAt: string;
      closedAt: string | null;
      hiddenResults: boolean;
      anonymous: boolean;
      openedBy: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      target: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      } | null;
      eligible: number;
      participation: number | null;
      result: components["schemas"]["DecisionResult"] | null;
      withheld: ("until_close" | "until_enough") | null;
      stances:
        | {
            /** Format: uuid */
            organizationId: string;
            name: string;
            ballot: unknown;
            /** Format: date-time */
            updatedAt: string;
          }[]
        | null;
      participants:
        | {
            /** Format: uuid */
            organizationId: string;
            name: string;
          }[]
        | null;
      myStances: {
        /** Format: uuid */
        organizationId: string;
        ballot: unknown;
      }[];
      permissions: {
        stanceFor: string[];
        close: boolean;
        recordOutcome: boolean;
      };
      outcome: {
        statement: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        reviewDate: string | null;
        /** Format: date-time */
        recordedAt: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
    };
    PublicCampaign: {
      /** Format: uuid */
      id: string;
      title: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      /** @enum {string} */
      status: "planning" | "active" | "paused" | "closed";
      startsOn: string | null;
      endsOn: string | null;
      coalition: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      goal: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      problem: {
        original: string;
        texts: {
          [key: string]: string;
        };
      } | null;
      organizations:
        | {
            /** Format: uuid */
            organizationId: string;
            name: string;
          }[]
        | null;
      objectives:
        | {
            statement: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            unit: string;
            baseline: number;
            target: number;
            /** Format: date */
            deadline: string;
            latest: number | null;
          }[]
        | null;
      outcomes:
        | {
            /** Format: date */
            observedOn: string;
            change: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            contribution: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
          }[]
        | null;
    };
    PublicStatement: {
      /** Format: uuid */
      id: string;
      coalition: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      title: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      text: {
        original: string;
        texts: {
          [key: string]: string;
        };
      };
      hash: string;
      /** Format: date-time */
      publishedAt: string;
      signatories: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      privateSupporters: number | null;
      messengers: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      url: string;
    };
    Stakeholder: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      type:
        "institution" | "official" | "company" | "media" | "community" | "organisation" | "other";
      /** @enum {string} */
      role: "target" | "influencer";
      /** @enum {string} */
      position:
        "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
      influence: number;
      interest: number;
      accessOrganizations: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      tags: string[];
      notes: string | null;
      moves: components["schemas"]["StakeholderMove"][];
      links: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        direction: "out" | "in";
        other: {
          /** Format: uuid */
          id: string;
          name: string;
        };
        type: string;
      }[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StakeholderLink: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      fromId: string;
      /** Format: uuid */
      toId: string;
      type: string;
    };
    StakeholderMove: {
      /** Format: uuid */
      id: string;
      from:
        | ("active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally")
        | null;
      /** @enum {string} */
      to: "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
      influence: number;
      /** Format: date */
      movedOn: string;
      note: string | null;
      recordedBy: {
        userId: string;
        name: string;
      } | null;
      /** Format: date-time */
      recordedAt: string;
    };
    Statement: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      coalitionId: string;
      campaignId: string | null;
      /** @enum {string} */
      status: "draft" | "open" | "published" | "withdrawn";
      signOnClosesAt: string | null;
      showPrivateCount: boolean;
      current: {
        /** Format: uuid */
        id: string;
        number: number;
        title: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        text: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        hash: string;
        /** Format: date-time */
        createdAt: string;
      };
      versionCount: number;
      publishedVersionId: string | null;
      publishedAt: string | null;
      threadId: string | null;
      riskAssessmentId: string | null;
      messengers: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      publicSigners: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      privateSupporters: number | null;
      mine: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        /** @enum {string} */
        answer: "public" | "private" | "decline";
        /** Format: uuid */
        versionId: string;
        versionNumber: number;
        confirmAgain: boolean;
        declineReason: string | null;
        outside: boolean;
        /** Format: date-time */
        answeredAt: string;
      }[];
      answers:
        | {
            /** Format: uuid */
            organizationId: string;
            name: string;
            /** @enum {string} */
            answer: "public" | "private" | "decline";
            /** Format: uuid */
            versionId: string;
            versionNumber: number;
            confirmAgain: boolean;
            declineReason: string | null;
            outside: boolean;
            /** Format: date-time */
            answeredAt: string;
          }[]
        | null;
      notYet:
        | {
            /** Format: uuid */
            organizationId: string;
            name: string;
          }[]
        | null;
      publicUrl: string | null;
      permissions: {
        draft: boolean;
        readAnswers: boolean;
        answerFor: string[];
      };
      /** Format: date-time */
      createdAt: string;
    };
    Thread: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      coalitionId: string;
      proposalId: string | null;
      /** @enum {string} */
      kind: "discussion" | "concern";
      title: string;
      openedBy: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      };
      commentCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastActivityAt: string;
      concern: {
        problem: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        endGoal: {
          original: string;
          texts: {
            [key: string]: string;
          };
        };
        potentialAllies: {
          original: string;
          texts: {
            [key: string]: string;
          };
        } | null;
        participants: {
          /** Format: uuid */
          organizationId: string;
          name: string;
        }[];
        /** @enum {string} */
        status: "open" | "resolved";
        resolution: {
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          resolvedBy: {
            /** Format: uuid */
            organizationId: string;
            name: string;
            person: {
              userId: string;
              name: string;
            } | null;
          };
          /** Format: date-time */
          resolvedAt: string;
        } | null;
      } | null;
      mentionable: {
        /** Format: uuid */
        organizationId: string;
        name: string;
      }[];
      permissions: {
        commentFor: string[];
        updateFor: string[];
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            emailVerified: boolean;
            locale: ("en" | "fr" | "es" | "ar") | null;
            twoFactorEnabled: boolean;
            isPlatformAdmin: boolean;
          };
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            me: {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              emailVerified: boolean;
              locale: ("en" | "fr" | "es" | "ar") | null;
              twoFactorEnabled: boolean;
              isPlatformAdmin: boolean;
            } | null;
          };
        };
      };
      /** @description The request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchMePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          locale: "en" | "fr" | "es" | "ar";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            emailVerified: boolean;
            locale: ("en" | "fr" | "es" | "ar") | null;
            twoFactorEnabled: boolean;
            isPlatformAdmin: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              expiresAt: string;
              ipAddress: string | null;
              userAgent: string | null;
              current: boolean;
            }[];
          };
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteMeSessionsBysessionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getTaxonomies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            org_type: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            level: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            issue: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            capacity: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            language: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            size_band: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            posture: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            region: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            country: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
            humanitarian_region: {
              key: string;
              parent: string | null;
              labels: {
                [key: string]: string;
              };
              sort: number;
              region: string | null;
            }[];
          };
        };
      };
      /** @description The request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          acronym?: string;
          mission?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          description?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: uri */
          website?: string;
          types: string[];
          level: string;
          headquartersCountry?: string;
          /** @default [] */
          countries?: string[];
          /** @default [] */
          issues?: string[];
          /** @default [] */
          capacities?: string[];
          /** @default [] */
          workingLanguages?: string[];
          sizeBand?: string;
          /** @default [] */
          postures?: string[];
          /** @default [] */
          contacts?: {
            name: string;
            role?: string;
            /** Format: email */
            email?: string;
            phone?: string;
          }[];
          /**
           * @default {
           *       "mission": "public",
           *       "work": "public",
           *       "posture": "members",
           *       "contacts": "signed_in"
           *     }
           */
          visibility?: {
            /** @enum {string} */
            mission: "public" | "signed_in" | "members";
            /** @enum {string} */
            work: "public" | "signed_in" | "members";
            /** @enum {string} */
            posture: "public" | "signed_in" | "members";
            /** @enum {string} */
            contacts: "public" | "signed_in" | "members";
          };
          /** @default false */
          hiddenFromDirectory?: boolean;
          /** @default true */
          discoverable?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Organization"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              acronym: string | null;
              logoUrl: string | null;
              verified: boolean;
              /** @enum {string} */
              role: "owner" | "admin" | "member";
              memberCount: number;
              permissions: {
                manage: boolean;
                readMembers: boolean;
                inviteRoles: ("owner" | "admin" | "member")[];
                searchPartners: boolean;
                verify: boolean;
              };
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Organization"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchOrganizationsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          acronym?: string | null;
          mission?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          description?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          website?: string | null;
          types?: string[];
          level?: string;
          headquartersCountry?: string | null;
          countries?: string[];
          issues?: string[];
          capacities?: string[];
          workingLanguages?: string[];
          sizeBand?: string | null;
          postures?: string[];
          contacts?: {
            name: string;
            role?: string;
            /** Format: email */
            email?: string;
            phone?: string;
          }[];
          visibility?: {
            /** @enum {string} */
            mission: "public" | "signed_in" | "members";
            /** @enum {string} */
            work: "public" | "signed_in" | "members";
            /** @enum {string} */
            posture: "public" | "signed_in" | "members";
            /** @enum {string} */
            contacts: "public" | "signed_in" | "members";
          };
          hiddenFromDirectory?: boolean;
          discoverable?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Organization"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidLogo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putOrganizationsByidLogo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Organization"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              userId: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: "owner" | "admin" | "member";
              joinedAt: string;
              permissions: {
                roles: ("owner" | "admin" | "member")[];
                remove: boolean;
              };
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteOrganizationsByidMembersByuserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchOrganizationsByidMembersByuserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          role: "owner" | "admin" | "member";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            joinedAt: string;
            permissions: {
              roles: ("owner" | "admin" | "member")[];
              remove: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              role: "owner" | "admin" | "member";
              /** @enum {string} */
              status: "pending" | "accepted" | "revoked" | "expired";
              invitedBy: string;
              expiresAt: string;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: email */
          email: string;
          /**
           * @default member
           * @enum {string}
           */
          role?: "owner" | "admin" | "member";
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            invitedBy: string;
            expiresAt: string;
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteOrganizationsByidInvitationsByinvitationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getInvitationsBytoken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            expiresAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postInvitationsAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getDirectory: {
    parameters: {
      query?: {
        q?: string;
        type?: string | string[];
        level?: string | string[];
        region?: string | string[];
        humanitarianRegion?: string | string[];
        country?: string | string[];
        issue?: string | string[];
        capacity?: string | string[];
        language?: string | string[];
        verified?: "true" | "false";
        sort?: "relevance" | "name";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              acronym: string | null;
              logoUrl: string | null;
              types: string[];
              level: string;
              headquartersCountry: string | null;
              verified: boolean;
              mission: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              } | null;
              countries: string[];
              issues: string[];
            }[];
            total: number;
            facets: {
              type: {
                key: string;
                count: number;
              }[];
              level: {
                key: string;
                count: number;
              }[];
              humanitarianRegion: {
                key: string;
                count: number;
              }[];
              region: {
                key: string;
                count: number;
              }[];
              country: {
                key: string;
                count: number;
              }[];
              issue: {
                key: string;
                count: number;
              }[];
              capacity: {
                key: string;
                count: number;
              }[];
              language: {
                key: string;
                count: number;
              }[];
              verified: {
                key: string;
                count: number;
              }[];
            };
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAdminOrganizations: {
    parameters: {
      query?: {
        verified?: "true" | "false";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              acronym: string | null;
              headquartersCountry: string | null;
              website: string | null;
              verifiedAt: string | null;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putAdminOrganizationsByidVerification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          verified: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            verified: boolean;
            verifiedAt: string | null;
            verifiedBy: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              visibility: "public" | "unlisted" | "secret";
              /** @enum {string} */
              collaborationLevel: "information_sharing" | "coordination" | "joint_action";
              purpose: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              memberCount: number;
              inside: boolean;
              invited: boolean;
              applied: boolean;
              convenes: boolean;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          name: string;
          /**
           * @default unlisted
           * @enum {string}
           */
          visibility?: "public" | "unlisted" | "secret";
          /**
           * @default members
           * @enum {string}
           */
          memberListVisibility?: "public" | "members";
          namedPublicly?: boolean;
          charter: {
            purpose: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            goals?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            scope?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            scopeTerms?: {
              issues?: string[];
              countries?: string[];
              regions?: string[];
            };
            limits?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            membershipCriteria?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** @default [] */
            applicationQuestions?: {
              key: string;
              text: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
            }[];
            decisionRules: {
              admission: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              statements: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              charter: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              spending: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
            };
            /** @default [] */
            focalPoints?: {
              activity: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              /** Format: uuid */
              organizationId: string;
            }[];
            /** @enum {string} */
            collaborationLevel: "information_sharing" | "coordination" | "joint_action";
            meetingRhythm?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** Format: date */
            reviewDate?: string;
            riskThresholds?: Partial<
              Record<
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                number
              >
            >;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCoalitionsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          visibility?: "public" | "unlisted" | "secret";
          /** @enum {string} */
          memberListVisibility?: "public" | "members";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putCoalitionsByidCharter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          purpose: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          goals?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          scope?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          scopeTerms?: {
            issues?: string[];
            countries?: string[];
            regions?: string[];
          };
          limits?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          membershipCriteria?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @default [] */
          applicationQuestions?: {
            key: string;
            text: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
          }[];
          decisionRules: {
            admission: {
              /** @enum {string} */
              method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
              /** @default 0 */
              quorum?: number;
              threshold?: {
                numerator: number;
                denominator: number;
                /**
                 * @default cast
                 * @enum {string}
                 */
                of?: "cast" | "eligible";
              };
            };
            statements: {
              /** @enum {string} */
              method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
              /** @default 0 */
              quorum?: number;
              threshold?: {
                numerator: number;
                denominator: number;
                /**
                 * @default cast
                 * @enum {string}
                 */
                of?: "cast" | "eligible";
              };
            };
            charter: {
              /** @enum {string} */
              method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
              /** @default 0 */
              quorum?: number;
              threshold?: {
                numerator: number;
                denominator: number;
                /**
                 * @default cast
                 * @enum {string}
                 */
                of?: "cast" | "eligible";
              };
            };
            spending: {
              /** @enum {string} */
              method: "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
              /** @default 0 */
              quorum?: number;
              threshold?: {
                numerator: number;
                denominator: number;
                /**
                 * @default cast
                 * @enum {string}
                 */
                of?: "cast" | "eligible";
              };
            };
          };
          /** @default [] */
          focalPoints?: {
            activity: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** Format: uuid */
            organizationId: string;
          }[];
          /** @enum {string} */
          collaborationLevel: "information_sharing" | "coordination" | "joint_action";
          meetingRhythm?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: date */
          reviewDate?: string;
          riskThresholds?: Partial<
            Record<"access" | "safety" | "legal" | "funding" | "reputation" | "authorities", number>
          >;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidCharters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              version: number;
              /** Format: date-time */
              createdAt: string;
              proposalId: string | null;
              /** @enum {string} */
              collaborationLevel: "information_sharing" | "coordination" | "joint_action";
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidChartersCompare: {
    parameters: {
      query: {
        from: number;
        to: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            from: number;
            to: number;
            changes: {
              field: string;
              before: unknown;
              after: unknown;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidChartersByversion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            version: number;
            charter: {
              purpose: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              goals?: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              scope?: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              scopeTerms?: {
                issues?: string[];
                countries?: string[];
                regions?: string[];
              };
              limits?: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              membershipCriteria?: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              /** @default [] */
              applicationQuestions: {
                key: string;
                text: {
                  original: string;
                  texts: {
                    [key: string]: string;
                  };
                };
              }[];
              decisionRules: {
                admission: {
                  /** @enum {string} */
                  method:
                    "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                  /** @default 0 */
                  quorum: number;
                  threshold?: {
                    numerator: number;
                    denominator: number;
                    /**
                     * @default cast
                     * @enum {string}
                     */
                    of: "cast" | "eligible";
                  };
                };
                statements: {
                  /** @enum {string} */
                  method:
                    "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                  /** @default 0 */
                  quorum: number;
                  threshold?: {
                    numerator: number;
                    denominator: number;
                    /**
                     * @default cast
                     * @enum {string}
                     */
                    of: "cast" | "eligible";
                  };
                };
                charter: {
                  /** @enum {string} */
                  method:
                    "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                  /** @default 0 */
                  quorum: number;
                  threshold?: {
                    numerator: number;
                    denominator: number;
                    /**
                     * @default cast
                     * @enum {string}
                     */
                    of: "cast" | "eligible";
                  };
                };
                spending: {
                  /** @enum {string} */
                  method:
                    "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                  /** @default 0 */
                  quorum: number;
                  threshold?: {
                    numerator: number;
                    denominator: number;
                    /**
                     * @default cast
                     * @enum {string}
                     */
                    of: "cast" | "eligible";
                  };
                };
              };
              /** @default [] */
              focalPoints: {
                activity: {
                  original: string;
                  texts: {
                    [key: string]: string;
                  };
                };
                /** Format: uuid */
                organizationId: string;
              }[];
              /** @enum {string} */
              collaborationLevel: "information_sharing" | "coordination" | "joint_action";
              meetingRhythm?: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              /** Format: date */
              reviewDate?: string;
              riskThresholds?: Partial<
                Record<
                  "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                  number
                >
              >;
            };
            /** Format: date-time */
            createdAt: string;
            proposalId: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          /**
           * @default member
           * @enum {string}
           */
          role?: "co_lead" | "member" | "observer";
          namedPublicly?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          /** @default {} */
          answers?: {
            [key: string]: string;
          };
          namedPublicly?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidMembersByorganizationIdByaction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
        action:
          "accept" | "decline" | "admit" | "reject" | "suspend" | "reinstate" | "leave" | "remove";
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          namedPublicly?: boolean;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCoalitionsByidMembersByorganizationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          role?: "convener" | "co_lead" | "member" | "observer";
          namedPublicly?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Coalition"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidMembersByorganizationIdRepresentatives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            userIds: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putCoalitionsByidMembersByorganizationIdRepresentatives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          userIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            userIds: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              subject: "general" | "statement" | "spending" | "charter" | "admission" | "removal";
              title: string;
              /** @enum {string} */
              status: "open" | "closed";
              /** Format: date-time */
              closesAt: string;
              closedAt: string | null;
              kind: string;
              outcome: string | null;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          title: string;
          body?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /**
           * @default general
           * @enum {string}
           */
          subject?: "general" | "statement" | "spending" | "charter" | "admission" | "removal";
          rules?:
            | {
                /** @enum {string} */
                kind: "consent";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
              }
            | {
                /** @enum {string} */
                kind: "consensus";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
              }
            | {
                /** @enum {string} */
                kind: "majority";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
                /**
                 * @default {
                 *       "of": "cast"
                 *     }
                 */
                threshold?: {
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              }
            | {
                /** @enum {string} */
                kind: "supermajority";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
                threshold: {
                  ratio: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              }
            | {
                /** @enum {string} */
                kind: "ranked_choice";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
                options: string[];
              }
            | {
                /** @enum {string} */
                kind: "sense_check";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
              }
            | {
                /** @enum {string} */
                kind: "time_poll";
                /**
                 * @description Share of eligible organisations that must take part (0 to 1); abstaining counts
                 * @default 0
                 */
                quorum?: number;
                slots: string[];
              };
          charter?: {
            purpose: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            goals?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            scope?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            scopeTerms?: {
              issues?: string[];
              countries?: string[];
              regions?: string[];
            };
            limits?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            membershipCriteria?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** @default [] */
            applicationQuestions?: {
              key: string;
              text: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
            }[];
            decisionRules: {
              admission: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              statements: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              charter: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
              spending: {
                /** @enum {string} */
                method:
                  "convener" | "open" | "consent" | "consensus" | "majority" | "supermajority";
                /** @default 0 */
                quorum?: number;
                threshold?: {
                  numerator: number;
                  denominator: number;
                  /**
                   * @default cast
                   * @enum {string}
                   */
                  of?: "cast" | "eligible";
                };
              };
            };
            /** @default [] */
            focalPoints?: {
              activity: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              /** Format: uuid */
              organizationId: string;
            }[];
            /** @enum {string} */
            collaborationLevel: "information_sharing" | "coordination" | "joint_action";
            meetingRhythm?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** Format: date */
            reviewDate?: string;
            riskThresholds?: Partial<
              Record<
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                number
              >
            >;
          };
          /** Format: uuid */
          targetOrganizationId?: string;
          /** Format: date-time */
          closesAt: string;
          /** @default false */
          hiddenResults?: boolean;
          /** @default false */
          anonymous?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getProposalsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putProposalsByidStancesByorganizationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          ballot: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postProposalsByidClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putProposalsByidOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          statement: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: date */
          reviewDate?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidMeetings: {
    parameters: {
      query?: {
        when?: "upcoming" | "past";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              coalitionId: string;
              title: string;
              /** Format: date-time */
              startsAt: string;
              /** Format: date-time */
              endsAt: string;
              timeZone: string;
              startsAtLocal: string;
              endsAtLocal: string;
              location: string | null;
              onlineUrl: string | null;
              /** @enum {string} */
              status: "scheduled" | "cancelled";
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidMeetings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
          timeZone: string;
          location?: string;
          /**
           * Format: uri
           * @description An http or https address
           */
          onlineUrl?: string;
          agenda?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Meeting"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeetingsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Meeting"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchMeetingsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: string;
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt?: string;
          timeZone?: string;
          location?: string | null;
          onlineUrl?: string | null;
          agenda?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          /** @enum {string} */
          status?: "scheduled" | "cancelled";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Meeting"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putMeetingsByidAttendanceByorganizationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          status: "present" | "apologies" | "absent";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Meeting"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putMeetingsByidMinutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          minutes: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          /** @default [] */
          decisions?: {
            text: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** Format: uuid */
            proposalId?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Meeting"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidActionItems: {
    parameters: {
      query?: {
        status?: "open" | "in_progress" | "done" | "cancelled";
        ownerOrganizationId?: string;
        meetingId?: string;
        overdue?: "true" | "false";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["ActionItemSummary"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidActionItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** Format: uuid */
          ownerOrganizationId: string;
          /** Format: date */
          dueDate: string;
          /** Format: uuid */
          meetingId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            coalitionId: string;
            meetingId: string | null;
            title: string;
            owner: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            };
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            permissions: {
              edit: boolean;
              changeStatus: boolean;
            };
            history: {
              from: ("open" | "in_progress" | "done" | "cancelled") | null;
              /** @enum {string} */
              to: "open" | "in_progress" | "done" | "cancelled";
              changedBy: {
                userId: string;
                name: string;
              } | null;
              changedFor: string | null;
              /** Format: date-time */
              changedAt: string;
            }[];
            createdBy: {
              userId: string;
              name: string;
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getActionItemsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            coalitionId: string;
            meetingId: string | null;
            title: string;
            owner: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            };
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            permissions: {
              edit: boolean;
              changeStatus: boolean;
            };
            history: {
              from: ("open" | "in_progress" | "done" | "cancelled") | null;
              /** @enum {string} */
              to: "open" | "in_progress" | "done" | "cancelled";
              changedBy: {
                userId: string;
                name: string;
              } | null;
              changedFor: string | null;
              /** Format: date-time */
              changedAt: string;
            }[];
            createdBy: {
              userId: string;
              name: string;
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchActionItemsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: string;
          /** Format: uuid */
          ownerOrganizationId?: string;
          /** Format: date */
          dueDate?: string;
          /** @enum {string} */
          status?: "open" | "in_progress" | "done" | "cancelled";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            coalitionId: string;
            meetingId: string | null;
            title: string;
            owner: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            };
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            permissions: {
              edit: boolean;
              changeStatus: boolean;
            };
            history: {
              from: ("open" | "in_progress" | "done" | "cancelled") | null;
              /** @enum {string} */
              to: "open" | "in_progress" | "done" | "cancelled";
              changedBy: {
                userId: string;
                name: string;
              } | null;
              changedFor: string | null;
              /** Format: date-time */
              changedAt: string;
            }[];
            createdBy: {
              userId: string;
              name: string;
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidCalendarIcs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An iCalendar (RFC 5545) document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/calendar": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postMeCalendarToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            token: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteMeCalendarToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidThreads: {
    parameters: {
      query?: {
        kind?: "discussion" | "concern";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              coalitionId: string;
              proposalId: string | null;
              /** @enum {string} */
              kind: "discussion" | "concern";
              title: string;
              openedBy: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              };
              commentCount: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastActivityAt: string;
              status: ("open" | "resolved") | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidThreads: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          /**
           * @default discussion
           * @enum {string}
           */
          kind?: "discussion" | "concern";
          title: string;
          concern?: {
            problem: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            endGoal: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            potentialAllies?: {
              original: string;
              texts: {
                [key: string]: string;
              };
            };
            /** @default [] */
            participants?: string[];
          };
          comment?: {
            text: string;
            /** @default [] */
            mentions?: string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Thread"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getThreadsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Thread"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchThreadsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          title?: string;
          problem?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          endGoal?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          potentialAllies?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          participants?: string[];
          /** @enum {string} */
          status?: "open" | "resolved";
          resolution?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Thread"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getProposalsByidThread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Thread"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getThreadsByidComments: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Comment"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postThreadsByidComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
          /** @default [] */
          mentions?: string[];
          /** Format: uuid */
          organizationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Comment"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCommentsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Comment"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCommentsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
          /** @default [] */
          mentions?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Comment"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCommentsByidRevisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              text: string;
              html: string;
              mentions: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              }[];
              /** Format: date-time */
              writtenAt: string;
              /** Format: date-time */
              replacedAt: string;
              /** @enum {string} */
              reason: "edited" | "withdrawn";
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaigns: {
    parameters: {
      query?: {
        coalitionId?: string;
        organizationId?: string;
        status?: "planning" | "active" | "paused" | "closed";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignSummary"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaigns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: uuid
           * @description The organisation that starts and leads the campaign
           */
          organizationId: string;
          /**
           * Format: uuid
           * @description The coalition it belongs to; absent for the organisation's own
           */
          coalitionId?: string;
          /**
           * Format: uuid
           * @description An adopted proposal of that coalition it is started from
           */
          proposalId?: string;
          title?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          problem?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          theoryOfChange?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          goal?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          startsOn?: string | null;
          endsOn?: string | null;
          issues?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          problem?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          theoryOfChange?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          goal?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          } | null;
          startsOn?: string | null;
          endsOn?: string | null;
          issues?: string[];
          /** @enum {string} */
          status?: "planning" | "active" | "paused" | "closed";
          fundMonitor?: {
            /** @enum {string} */
            kind: "organization" | "person";
            id: string;
          } | null;
          publishedParts?: {
            goal: boolean;
            problem: boolean;
            objectives: boolean;
            outcomes: boolean;
            organizations: boolean;
          } | null;
          /** Format: uuid */
          coalitionId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidHistory: {
    parameters: {
      query?: {
        entity?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignHistoryEntry"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPublicCampaignsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicCampaign"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidObjectives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Objective"][];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidObjectives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description What will change, for whom, where: one sentence */
          statement: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What is counted to know it changed */
          indicator: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What the numbers count: licences, %, people… */
          unit: string;
          /** @description The indicator's value when the objective was set */
          baseline: number;
          /** @description The value to reach by the deadline */
          target: number;
          /**
           * Format: date
           * @description The day the baseline was measured
           */
          baselineOn: string;
          /**
           * Format: date
           * @description The day the target is due
           */
          deadline: string;
          /**
           * Format: uuid
           * @description The organisation that owns the objective and reports its progress: one of the campaign's
           */
          ownerOrganizationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Objective"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidObjectivesByobjectiveId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        objectiveId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidObjectivesByobjectiveId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        objectiveId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description What will change, for whom, where: one sentence */
          statement?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What is counted to know it changed */
          indicator?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What the numbers count: licences, %, people… */
          unit?: string;
          /** @description The indicator's value when the objective was set */
          baseline?: number;
          /** @description The value to reach by the deadline */
          target?: number;
          /**
           * Format: date
           * @description The day the baseline was measured
           */
          baselineOn?: string;
          /**
           * Format: date
           * @description The day the target is due
           */
          deadline?: string;
          /**
           * Format: uuid
           * @description The organisation that owns the objective and reports its progress: one of the campaign's
           */
          ownerOrganizationId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Objective"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidObjectivesByobjectiveIdProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        objectiveId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: uuid
           * @description The organisation the reporter acts for
           */
          organizationId: string;
          value: number;
          /**
           * Format: date
           * @description The day it was measured: not before the baseline, not after today
           */
          measuredOn: string;
          evidence?: string;
          /**
           * Format: uri
           * @description An http or https address
           */
          evidenceUrl?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Objective"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidObjectivesByobjectiveIdProgressByprogressId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        objectiveId: string;
        progressId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStakeholders: {
    parameters: {
      query?: {
        role?: "target" | "influencer";
        type?:
          "institution" | "official" | "company" | "media" | "community" | "organisation" | "other";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Stakeholder"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStakeholders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string} */
          type:
            | "institution"
            | "official"
            | "company"
            | "media"
            | "community"
            | "organisation"
            | "other";
          /** @enum {string} */
          role: "target" | "influencer";
          /** @enum {string} */
          position:
            "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
          influence: number;
          interest: number;
          accessOrganizationIds?: string[];
          tags?: string[];
          notes?: string | null;
          /**
           * Format: date
           * @description When it was first placed on the map (today by default)
           */
          since?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Stakeholder"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStakeholdersPowerMap: {
    parameters: {
      query?: {
        /** @description The day to draw the map as it was (today by default) */
        on?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PowerMap"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStakeholderLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          fromId: string;
          /** Format: uuid */
          toId: string;
          type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StakeholderLink"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidStakeholderLinksBylinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStakeholdersKumuElementsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Kumu elements as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStakeholdersKumuConnectionsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Kumu connections as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStakeholdersKumu: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          elements: string;
          connections?: string;
          validRowsOnly?: boolean;
          dryRun?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KumuImportReport"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStakeholdersBystakeholderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stakeholderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Stakeholder"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidStakeholdersBystakeholderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stakeholderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidStakeholdersBystakeholderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stakeholderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @enum {string} */
          type?:
            | "institution"
            | "official"
            | "company"
            | "media"
            | "community"
            | "organisation"
            | "other";
          /** @enum {string} */
          role?: "target" | "influencer";
          /** @enum {string} */
          position?:
            "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
          influence?: number;
          interest?: number;
          accessOrganizationIds?: string[];
          tags?: string[];
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Stakeholder"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStakeholdersBystakeholderIdMoves: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        stakeholderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          to:
            "active_opposition" | "passive_opposition" | "neutral" | "passive_ally" | "active_ally";
          /** @description Unchanged when absent */
          influence?: number;
          /** Format: date */
          movedOn: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Stakeholder"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidActivities: {
    parameters: {
      query?: {
        leadOrganizationId?: string;
        status?: "planned" | "in_progress" | "done" | "blocked" | "cancelled";
        sort?: "startsOn" | "-startsOn";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignActivity"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidActivities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @enum {string} */
          tactic:
            | "private_diplomacy"
            | "public_statement"
            | "litigation"
            | "un_mechanisms"
            | "media"
            | "mobilisation"
            | "third_party_messaging"
            | "research"
            | "lobbying"
            | "coalition_building";
          /** @enum {string} */
          role:
            | "documentation"
            | "analysis"
            | "litigation"
            | "funding"
            | "media"
            | "mobilisation"
            | "advocacy"
            | "coordination";
          /**
           * Format: uuid
           * @description One of the campaign's organisations
           */
          leadOrganizationId: string;
          supportingOrganizationIds?: string[];
          stakeholderIds?: string[];
          objectiveIds?: string[];
          /** Format: date */
          startsOn: string;
          /** Format: date */
          dueOn: string;
          /**
           * @description planned unless said
           * @enum {string}
           */
          status?: "planned" | "in_progress" | "done" | "blocked" | "cancelled";
          notes?: string | null;
          dependsOn?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignActivity"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidActivitiesRoleMatrix: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignRoleMatrix"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidActivitiesByactivityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        activityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignActivity"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidActivitiesByactivityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        activityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidActivitiesByactivityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        activityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @enum {string} */
          tactic?:
            | "private_diplomacy"
            | "public_statement"
            | "litigation"
            | "un_mechanisms"
            | "media"
            | "mobilisation"
            | "third_party_messaging"
            | "research"
            | "lobbying"
            | "coalition_building";
          /** @enum {string} */
          role?:
            | "documentation"
            | "analysis"
            | "litigation"
            | "funding"
            | "media"
            | "mobilisation"
            | "advocacy"
            | "coordination";
          /** Format: uuid */
          leadOrganizationId?: string;
          supportingOrganizationIds?: string[];
          stakeholderIds?: string[];
          objectiveIds?: string[];
          /** Format: date */
          startsOn?: string;
          /** Format: date */
          dueOn?: string;
          /** @enum {string} */
          status?: "planned" | "in_progress" | "done" | "blocked" | "cancelled";
          notes?: string | null;
          dependsOn?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignActivity"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidActivitiesByactivityIdActionItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        activityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignActivity"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignMessage"][];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          audience: string;
          /** @enum {string} */
          frame:
            | "rights_based"
            | "humanitarian"
            | "faith"
            | "legal"
            | "economic"
            | "security"
            | "public_health";
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          messengerOrganizationId?: string | null;
          /**
           * @default internal
           * @enum {string}
           */
          visibility?: "internal" | "public";
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignMessage"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidMessagesBymessageId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        messageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidMessagesBymessageId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        messageId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          audience?: string;
          /** @enum {string} */
          frame?:
            | "rights_based"
            | "humanitarian"
            | "faith"
            | "legal"
            | "economic"
            | "security"
            | "public_health";
          text?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          messengerOrganizationId?: string | null;
          /** @enum {string} */
          visibility?: "internal" | "public";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignMessage"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putCampaignsByidMessagesBymessageIdStoriesBystoryId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        messageId: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description A public message tells a story for public_named or public_anonymised use
           * @enum {string}
           */
          use: "internal" | "public_named" | "public_anonymised";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignMessage"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidMessagesBymessageIdStoriesBystoryId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        messageId: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignMessage"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidStories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignStory"][];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          recordedByOrganizationId: string;
          title: string;
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          consent: {
            /** @description Who consented: a pseudonym or a role, never required to be a legal name */
            by: string;
            /**
             * @default [
             *       "internal"
             *     ]
             */
            uses?: ("internal" | "public_named" | "public_anonymised")[];
            /** Format: date */
            givenOn: string;
            until?: string | null;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignStory"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidStoriesBystoryId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: string;
          text?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          consent?: {
            /** @description Who consented: a pseudonym or a role, never required to be a legal name */
            by?: string;
            uses?: ("internal" | "public_named" | "public_anonymised")[];
            /** Format: date */
            givenOn?: string;
            until?: string | null;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignStory"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidStoriesBystoryIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignStory"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidPledges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignPledge"][];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidPledges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: uuid
           * @description The organisation that pledges
           */
          organizationId: string;
          /** @enum {string} */
          kind: "money" | "staff_days" | "in_kind";
          currency?:
            | (
                | "AED"
                | "AFN"
                | "ALL"
                | "AMD"
                | "ANG"
                | "AOA"
                | "ARS"
                | "AUD"
                | "AWG"
                | "AZN"
                | "BAM"
                | "BBD"
                | "BDT"
                | "BGN"
                | "BHD"
                | "BIF"
                | "BMD"
                | "BND"
                | "BOB"
                | "BRL"
                | "BSD"
                | "BTN"
                | "BWP"
                | "BYN"
                | "BZD"
                | "CAD"
                | "CDF"
                | "CHF"
                | "CLP"
                | "CNY"
                | "COP"
                | "CRC"
                | "CUP"
                | "CVE"
                | "CZK"
                | "DJF"
                | "DKK"
                | "DOP"
                | "DZD"
                | "EGP"
                | "ERN"
                | "ETB"
                | "EUR"
                | "FJD"
                | "FKP"
                | "GBP"
                | "GEL"
                | "GHS"
                | "GIP"
                | "GMD"
                | "GNF"
                | "GTQ"
                | "GYD"
                | "HKD"
                | "HNL"
                | "HTG"
                | "HUF"
                | "IDR"
                | "ILS"
                | "INR"
                | "IQD"
                | "IRR"
                | "ISK"
                | "JMD"
                | "JOD"
                | "JPY"
                | "KES"
                | "KGS"
                | "KHR"
                | "KMF"
                | "KPW"
                | "KRW"
                | "KWD"
                | "KYD"
                | "KZT"
                | "LAK"
                | "LBP"
                | "LKR"
                | "LRD"
                | "LSL"
                | "LYD"
                | "MAD"
                | "MDL"
                | "MGA"
                | "MKD"
                | "MMK"
                | "MNT"
                | "MOP"
                | "MRU"
                | "MUR"
                | "MVR"
                | "MWK"
                | "MXN"
                | "MYR"
                | "MZN"
                | "NAD"
                | "NGN"
                | "NIO"
                | "NOK"
                | "NPR"
                | "NZD"
                | "OMR"
                | "PAB"
                | "PEN"
                | "PGK"
                | "PHP"
                | "PKR"
                | "PLN"
                | "PYG"
                | "QAR"
                | "RON"
                | "RSD"
                | "RUB"
                | "RWF"
                | "SAR"
                | "SBD"
                | "SCR"
                | "SDG"
                | "SEK"
                | "SGD"
                | "SHP"
                | "SLE"
                | "SLL"
                | "SOS"
                | "SRD"
                | "SSP"
                | "STN"
                | "SVC"
                | "SYP"
                | "SZL"
                | "THB"
                | "TJS"
                | "TMT"
                | "TND"
                | "TOP"
                | "TRY"
                | "TTD"
                | "TWD"
                | "TZS"
                | "UAH"
                | "UGX"
                | "USD"
                | "UYU"
                | "UZS"
                | "VES"
                | "VND"
                | "VUV"
                | "WST"
                | "XAF"
                | "XCD"
                | "XCG"
                | "XOF"
                | "XPF"
                | "YER"
                | "ZAR"
                | "ZMW"
                | "ZWG"
              )
            | null;
          amount: string;
          received?: string;
          description?: string | null;
          budgetLineId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignPledge"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidPledgesBypledgeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidPledgesBypledgeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          kind?: "money" | "staff_days" | "in_kind";
          currency?:
            | (
                | "AED"
                | "AFN"
                | "ALL"
                | "AMD"
                | "ANG"
                | "AOA"
                | "ARS"
                | "AUD"
                | "AWG"
                | "AZN"
                | "BAM"
                | "BBD"
                | "BDT"
                | "BGN"
                | "BHD"
                | "BIF"
                | "BMD"
                | "BND"
                | "BOB"
                | "BRL"
                | "BSD"
                | "BTN"
                | "BWP"
                | "BYN"
                | "BZD"
                | "CAD"
                | "CDF"
                | "CHF"
                | "CLP"
                | "CNY"
                | "COP"
                | "CRC"
                | "CUP"
                | "CVE"
                | "CZK"
                | "DJF"
                | "DKK"
                | "DOP"
                | "DZD"
                | "EGP"
                | "ERN"
                | "ETB"
                | "EUR"
                | "FJD"
                | "FKP"
                | "GBP"
                | "GEL"
                | "GHS"
                | "GIP"
                | "GMD"
                | "GNF"
                | "GTQ"
                | "GYD"
                | "HKD"
                | "HNL"
                | "HTG"
                | "HUF"
                | "IDR"
                | "ILS"
                | "INR"
                | "IQD"
                | "IRR"
                | "ISK"
                | "JMD"
                | "JOD"
                | "JPY"
                | "KES"
                | "KGS"
                | "KHR"
                | "KMF"
                | "KPW"
                | "KRW"
                | "KWD"
                | "KYD"
                | "KZT"
                | "LAK"
                | "LBP"
                | "LKR"
                | "LRD"
                | "LSL"
                | "LYD"
                | "MAD"
                | "MDL"
                | "MGA"
                | "MKD"
                | "MMK"
                | "MNT"
                | "MOP"
                | "MRU"
                | "MUR"
                | "MVR"
                | "MWK"
                | "MXN"
                | "MYR"
                | "MZN"
                | "NAD"
                | "NGN"
                | "NIO"
                | "NOK"
                | "NPR"
                | "NZD"
                | "OMR"
                | "PAB"
                | "PEN"
                | "PGK"
                | "PHP"
                | "PKR"
                | "PLN"
                | "PYG"
                | "QAR"
                | "RON"
                | "RSD"
                | "RUB"
                | "RWF"
                | "SAR"
                | "SBD"
                | "SCR"
                | "SDG"
                | "SEK"
                | "SGD"
                | "SHP"
                | "SLE"
                | "SLL"
                | "SOS"
                | "SRD"
                | "SSP"
                | "STN"
                | "SVC"
                | "SYP"
                | "SZL"
                | "THB"
                | "TJS"
                | "TMT"
                | "TND"
                | "TOP"
                | "TRY"
                | "TTD"
                | "TWD"
                | "TZS"
                | "UAH"
                | "UGX"
                | "USD"
                | "UYU"
                | "UZS"
                | "VES"
                | "VND"
                | "VUV"
                | "WST"
                | "XAF"
                | "XCD"
                | "XCG"
                | "XOF"
                | "XPF"
                | "YER"
                | "ZAR"
                | "ZMW"
                | "ZWG"
              )
            | null;
          amount?: string;
          received?: string;
          description?: string | null;
          budgetLineId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignPledge"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidBudgetLines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignBudgetLine"][];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidBudgetLines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          label: string;
          /** @enum {string} */
          currency:
            | "AED"
            | "AFN"
            | "ALL"
            | "AMD"
            | "ANG"
            | "AOA"
            | "ARS"
            | "AUD"
            | "AWG"
            | "AZN"
            | "BAM"
            | "BBD"
            | "BDT"
            | "BGN"
            | "BHD"
            | "BIF"
            | "BMD"
            | "BND"
            | "BOB"
            | "BRL"
            | "BSD"
            | "BTN"
            | "BWP"
            | "BYN"
            | "BZD"
            | "CAD"
            | "CDF"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "CRC"
            | "CUP"
            | "CVE"
            | "CZK"
            | "DJF"
            | "DKK"
            | "DOP"
            | "DZD"
            | "EGP"
            | "ERN"
            | "ETB"
            | "EUR"
            | "FJD"
            | "FKP"
            | "GBP"
            | "GEL"
            | "GHS"
            | "GIP"
            | "GMD"
            | "GNF"
            | "GTQ"
            | "GYD"
            | "HKD"
            | "HNL"
            | "HTG"
            | "HUF"
            | "IDR"
            | "ILS"
            | "INR"
            | "IQD"
            | "IRR"
            | "ISK"
            | "JMD"
            | "JOD"
            | "JPY"
            | "KES"
            | "KGS"
            | "KHR"
            | "KMF"
            | "KPW"
            | "KRW"
            | "KWD"
            | "KYD"
            | "KZT"
            | "LAK"
            | "LBP"
            | "LKR"
            | "LRD"
            | "LSL"
            | "LYD"
            | "MAD"
            | "MDL"
            | "MGA"
            | "MKD"
            | "MMK"
            | "MNT"
            | "MOP"
            | "MRU"
            | "MUR"
            | "MVR"
            | "MWK"
            | "MXN"
            | "MYR"
            | "MZN"
            | "NAD"
            | "NGN"
            | "NIO"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PAB"
            | "PEN"
            | "PGK"
            | "PHP"
            | "PKR"
            | "PLN"
            | "PYG"
            | "QAR"
            | "RON"
            | "RSD"
            | "RUB"
            | "RWF"
            | "SAR"
            | "SBD"
            | "SCR"
            | "SDG"
            | "SEK"
            | "SGD"
            | "SHP"
            | "SLE"
            | "SLL"
            | "SOS"
            | "SRD"
            | "SSP"
            | "STN"
            | "SVC"
            | "SYP"
            | "SZL"
            | "THB"
            | "TJS"
            | "TMT"
            | "TND"
            | "TOP"
            | "TRY"
            | "TTD"
            | "TWD"
            | "TZS"
            | "UAH"
            | "UGX"
            | "USD"
            | "UYU"
            | "UZS"
            | "VES"
            | "VND"
            | "VUV"
            | "WST"
            | "XAF"
            | "XCD"
            | "XCG"
            | "XOF"
            | "XPF"
            | "YER"
            | "ZAR"
            | "ZMW"
            | "ZWG";
          amount: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignBudgetLine"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidBudgetLinesBybudgetLineId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        budgetLineId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidBudgetLinesBybudgetLineId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        budgetLineId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          label?: string;
          /** @enum {string} */
          currency?:
            | "AED"
            | "AFN"
            | "ALL"
            | "AMD"
            | "ANG"
            | "AOA"
            | "ARS"
            | "AUD"
            | "AWG"
            | "AZN"
            | "BAM"
            | "BBD"
            | "BDT"
            | "BGN"
            | "BHD"
            | "BIF"
            | "BMD"
            | "BND"
            | "BOB"
            | "BRL"
            | "BSD"
            | "BTN"
            | "BWP"
            | "BYN"
            | "BZD"
            | "CAD"
            | "CDF"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "CRC"
            | "CUP"
            | "CVE"
            | "CZK"
            | "DJF"
            | "DKK"
            | "DOP"
            | "DZD"
            | "EGP"
            | "ERN"
            | "ETB"
            | "EUR"
            | "FJD"
            | "FKP"
            | "GBP"
            | "GEL"
            | "GHS"
            | "GIP"
            | "GMD"
            | "GNF"
            | "GTQ"
            | "GYD"
            | "HKD"
            | "HNL"
            | "HTG"
            | "HUF"
            | "IDR"
            | "ILS"
            | "INR"
            | "IQD"
            | "IRR"
            | "ISK"
            | "JMD"
            | "JOD"
            | "JPY"
            | "KES"
            | "KGS"
            | "KHR"
            | "KMF"
            | "KPW"
            | "KRW"
            | "KWD"
            | "KYD"
            | "KZT"
            | "LAK"
            | "LBP"
            | "LKR"
            | "LRD"
            | "LSL"
            | "LYD"
            | "MAD"
            | "MDL"
            | "MGA"
            | "MKD"
            | "MMK"
            | "MNT"
            | "MOP"
            | "MRU"
            | "MUR"
            | "MVR"
            | "MWK"
            | "MXN"
            | "MYR"
            | "MZN"
            | "NAD"
            | "NGN"
            | "NIO"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PAB"
            | "PEN"
            | "PGK"
            | "PHP"
            | "PKR"
            | "PLN"
            | "PYG"
            | "QAR"
            | "RON"
            | "RSD"
            | "RUB"
            | "RWF"
            | "SAR"
            | "SBD"
            | "SCR"
            | "SDG"
            | "SEK"
            | "SGD"
            | "SHP"
            | "SLE"
            | "SLL"
            | "SOS"
            | "SRD"
            | "SSP"
            | "STN"
            | "SVC"
            | "SYP"
            | "SZL"
            | "THB"
            | "TJS"
            | "TMT"
            | "TND"
            | "TOP"
            | "TRY"
            | "TTD"
            | "TWD"
            | "TZS"
            | "UAH"
            | "UGX"
            | "USD"
            | "UYU"
            | "UZS"
            | "VES"
            | "VND"
            | "VUV"
            | "WST"
            | "XAF"
            | "XCD"
            | "XCG"
            | "XOF"
            | "XPF"
            | "YER"
            | "ZAR"
            | "ZMW"
            | "ZWG";
          amount?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignBudgetLine"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidSpending: {
    parameters: {
      query?: {
        budgetLineId?: string;
        organizationId?: string;
        status?: "recorded" | "confirmed" | "queried";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignSpending"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidSpending: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: uuid
           * @description The organisation that spent
           */
          organizationId: string;
          /** Format: uuid */
          budgetLineId: string;
          /** @enum {string} */
          currency:
            | "AED"
            | "AFN"
            | "ALL"
            | "AMD"
            | "ANG"
            | "AOA"
            | "ARS"
            | "AUD"
            | "AWG"
            | "AZN"
            | "BAM"
            | "BBD"
            | "BDT"
            | "BGN"
            | "BHD"
            | "BIF"
            | "BMD"
            | "BND"
            | "BOB"
            | "BRL"
            | "BSD"
            | "BTN"
            | "BWP"
            | "BYN"
            | "BZD"
            | "CAD"
            | "CDF"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "CRC"
            | "CUP"
            | "CVE"
            | "CZK"
            | "DJF"
            | "DKK"
            | "DOP"
            | "DZD"
            | "EGP"
            | "ERN"
            | "ETB"
            | "EUR"
            | "FJD"
            | "FKP"
            | "GBP"
            | "GEL"
            | "GHS"
            | "GIP"
            | "GMD"
            | "GNF"
            | "GTQ"
            | "GYD"
            | "HKD"
            | "HNL"
            | "HTG"
            | "HUF"
            | "IDR"
            | "ILS"
            | "INR"
            | "IQD"
            | "IRR"
            | "ISK"
            | "JMD"
            | "JOD"
            | "JPY"
            | "KES"
            | "KGS"
            | "KHR"
            | "KMF"
            | "KPW"
            | "KRW"
            | "KWD"
            | "KYD"
            | "KZT"
            | "LAK"
            | "LBP"
            | "LKR"
            | "LRD"
            | "LSL"
            | "LYD"
            | "MAD"
            | "MDL"
            | "MGA"
            | "MKD"
            | "MMK"
            | "MNT"
            | "MOP"
            | "MRU"
            | "MUR"
            | "MVR"
            | "MWK"
            | "MXN"
            | "MYR"
            | "MZN"
            | "NAD"
            | "NGN"
            | "NIO"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PAB"
            | "PEN"
            | "PGK"
            | "PHP"
            | "PKR"
            | "PLN"
            | "PYG"
            | "QAR"
            | "RON"
            | "RSD"
            | "RUB"
            | "RWF"
            | "SAR"
            | "SBD"
            | "SCR"
            | "SDG"
            | "SEK"
            | "SGD"
            | "SHP"
            | "SLE"
            | "SLL"
            | "SOS"
            | "SRD"
            | "SSP"
            | "STN"
            | "SVC"
            | "SYP"
            | "SZL"
            | "THB"
            | "TJS"
            | "TMT"
            | "TND"
            | "TOP"
            | "TRY"
            | "TTD"
            | "TWD"
            | "TZS"
            | "UAH"
            | "UGX"
            | "USD"
            | "UYU"
            | "UZS"
            | "VES"
            | "VND"
            | "VUV"
            | "WST"
            | "XAF"
            | "XCD"
            | "XCG"
            | "XOF"
            | "XPF"
            | "YER"
            | "ZAR"
            | "ZMW"
            | "ZWG";
          amount: string;
          /** Format: date */
          spentOn: string;
          description: string;
          receipt: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignSpending"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidSpendingByspendingId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        spendingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidSpendingByspendingId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        spendingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          budgetLineId?: string;
          /** @enum {string} */
          currency?:
            | "AED"
            | "AFN"
            | "ALL"
            | "AMD"
            | "ANG"
            | "AOA"
            | "ARS"
            | "AUD"
            | "AWG"
            | "AZN"
            | "BAM"
            | "BBD"
            | "BDT"
            | "BGN"
            | "BHD"
            | "BIF"
            | "BMD"
            | "BND"
            | "BOB"
            | "BRL"
            | "BSD"
            | "BTN"
            | "BWP"
            | "BYN"
            | "BZD"
            | "CAD"
            | "CDF"
            | "CHF"
            | "CLP"
            | "CNY"
            | "COP"
            | "CRC"
            | "CUP"
            | "CVE"
            | "CZK"
            | "DJF"
            | "DKK"
            | "DOP"
            | "DZD"
            | "EGP"
            | "ERN"
            | "ETB"
            | "EUR"
            | "FJD"
            | "FKP"
            | "GBP"
            | "GEL"
            | "GHS"
            | "GIP"
            | "GMD"
            | "GNF"
            | "GTQ"
            | "GYD"
            | "HKD"
            | "HNL"
            | "HTG"
            | "HUF"
            | "IDR"
            | "ILS"
            | "INR"
            | "IQD"
            | "IRR"
            | "ISK"
            | "JMD"
            | "JOD"
            | "JPY"
            | "KES"
            | "KGS"
            | "KHR"
            | "KMF"
            | "KPW"
            | "KRW"
            | "KWD"
            | "KYD"
            | "KZT"
            | "LAK"
            | "LBP"
            | "LKR"
            | "LRD"
            | "LSL"
            | "LYD"
            | "MAD"
            | "MDL"
            | "MGA"
            | "MKD"
            | "MMK"
            | "MNT"
            | "MOP"
            | "MRU"
            | "MUR"
            | "MVR"
            | "MWK"
            | "MXN"
            | "MYR"
            | "MZN"
            | "NAD"
            | "NGN"
            | "NIO"
            | "NOK"
            | "NPR"
            | "NZD"
            | "OMR"
            | "PAB"
            | "PEN"
            | "PGK"
            | "PHP"
            | "PKR"
            | "PLN"
            | "PYG"
            | "QAR"
            | "RON"
            | "RSD"
            | "RUB"
            | "RWF"
            | "SAR"
            | "SBD"
            | "SCR"
            | "SDG"
            | "SEK"
            | "SGD"
            | "SHP"
            | "SLE"
            | "SLL"
            | "SOS"
            | "SRD"
            | "SSP"
            | "STN"
            | "SVC"
            | "SYP"
            | "SZL"
            | "THB"
            | "TJS"
            | "TMT"
            | "TND"
            | "TOP"
            | "TRY"
            | "TTD"
            | "TWD"
            | "TZS"
            | "UAH"
            | "UGX"
            | "USD"
            | "UYU"
            | "UZS"
            | "VES"
            | "VND"
            | "VUV"
            | "WST"
            | "XAF"
            | "XCD"
            | "XCG"
            | "XOF"
            | "XPF"
            | "YER"
            | "ZAR"
            | "ZMW"
            | "ZWG";
          amount?: string;
          /** Format: date */
          spentOn?: string;
          description?: string;
          receipt?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignSpending"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidSpendingByspendingIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        spendingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignSpending"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidSpendingByspendingIdQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        spendingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignSpending"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidResourcesSummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignResourcesSummary"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidOutcomes: {
    parameters: {
      query?: {
        significance?: "significant" | "some" | "none";
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignOutcome"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCampaignsByidOutcomes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: uuid
           * @description The organisation the outcome is recorded for
           */
          organizationId: string;
          /**
           * Format: date
           * @description The day the change was seen (not in the future)
           */
          observedOn: string;
          /** @description What changed */
          change: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What the campaign contributed to it */
          contribution: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          evidence?: string | null;
          /**
           * @description How much the campaign contributed: significant, some, none
           * @enum {string}
           */
          significance: "significant" | "some" | "none";
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignOutcome"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteCampaignsByidOutcomesByoutcomeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        outcomeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchCampaignsByidOutcomesByoutcomeId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        outcomeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: date
           * @description The day the change was seen (not in the future)
           */
          observedOn?: string;
          /** @description What changed */
          change?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @description What the campaign contributed to it */
          contribution?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          evidence?: string | null;
          /**
           * @description How much the campaign contributed: significant, some, none
           * @enum {string}
           */
          significance?: "significant" | "some" | "none";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignOutcome"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            review: components["schemas"]["CampaignReview"] | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putCampaignsByidReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          worked: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          didNotWork: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          lessons: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** @default [] */
          tactics?: (
            | "private_diplomacy"
            | "public_statement"
            | "litigation"
            | "un_mechanisms"
            | "media"
            | "mobilisation"
            | "third_party_messaging"
            | "research"
            | "lobbying"
            | "coalition_building"
          )[];
          /** @default [] */
          issues?: string[];
          /**
           * @description Who outside the campaign finds the lessons; a new review keeps to the coalition
           * @enum {string}
           */
          shared?: "coalition" | "platform";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            review: components["schemas"]["CampaignReview"] | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignLessons: {
    parameters: {
      query?: {
        tactic?:
          | "private_diplomacy"
          | "public_statement"
          | "litigation"
          | "un_mechanisms"
          | "media"
          | "mobilisation"
          | "third_party_messaging"
          | "research"
          | "lobbying"
          | "coalition_building";
        issue?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["CampaignLesson"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCampaignsByidDashboard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CampaignDashboard"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidStatements: {
    parameters: {
      query?: {
        campaignId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              campaignId: string | null;
              /** @enum {string} */
              status: "draft" | "open" | "published" | "withdrawn";
              title: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              signOnClosesAt: string | null;
              publishedAt: string | null;
              messengers: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              }[];
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidStatements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: uuid */
          campaignId?: string;
          /** Format: date-time */
          signOnClosesAt?: string;
          /** @default false */
          showPrivateCount?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getStatementsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchStatementsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          status?: "open" | "withdrawn";
          signOnClosesAt?: string | null;
          showPrivateCount?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getStatementsByidVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              number: number;
              title: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              text: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              hash: string;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postStatementsByidVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          text: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postStatementsByidPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postStatementsByidAnswers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          /** @enum {string} */
          answer: "public" | "private" | "decline";
          /** Format: uuid */
          versionId: string;
          declineReason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Statement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postStatementsByidInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            token: string;
            url: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getStatementInvitationsBytoken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "open" | "published" | "withdrawn";
            signOnClosesAt: string | null;
            current: {
              /** Format: uuid */
              id: string;
              number: number;
              title: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              text: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              hash: string;
              /** Format: date-time */
              createdAt: string;
            };
            answerFor: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            }[];
            mine: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              /** @enum {string} */
              answer: "public" | "private" | "decline";
              /** Format: uuid */
              versionId: string;
              versionNumber: number;
              confirmAgain: boolean;
              declineReason: string | null;
              outside: boolean;
              /** Format: date-time */
              answeredAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postStatementInvitationsBytokenAnswers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          /** @enum {string} */
          answer: "public" | "private" | "decline";
          /** Format: uuid */
          versionId: string;
          declineReason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "open" | "published" | "withdrawn";
            signOnClosesAt: string | null;
            current: {
              /** Format: uuid */
              id: string;
              number: number;
              title: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              text: {
                original: string;
                texts: {
                  [key: string]: string;
                };
              };
              hash: string;
              /** Format: date-time */
              createdAt: string;
            };
            answerFor: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            }[];
            mine: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              /** @enum {string} */
              answer: "public" | "private" | "decline";
              /** Format: uuid */
              versionId: string;
              versionNumber: number;
              confirmAgain: boolean;
              declineReason: string | null;
              outside: boolean;
              /** Format: date-time */
              answeredAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPublicStatementsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicStatement"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCoalitionsByidRiskAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              answered: number;
              decidedByProposalId: string | null;
              /** @enum {string} */
              subjectKind: "statement" | "activity" | "publication";
              subjectId: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCoalitionsByidRiskAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          subjectKind: "statement" | "activity" | "publication";
          /** Format: uuid */
          subjectId?: string;
          title?: string;
          country?: string;
          /** @default [] */
          audienceLanguages?: string[];
          /** @default [] */
          capacities?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            heatMap: {
              smallestGroup: number;
              cells: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                /** @enum {string} */
                level: "low" | "medium" | "high" | "severe";
                named: string[];
                others: number | null;
              }[];
            };
            answered: number;
            overThreshold: (
              "access" | "safety" | "legal" | "funding" | "reputation" | "authorities"
            )[];
            decidedByProposalId: string | null;
            /** Format: uuid */
            coalitionId: string;
            /** @enum {string} */
            subjectKind: "statement" | "activity" | "publication";
            subjectId: string | null;
            country: string | null;
            audienceLanguages: string[];
            capacities: string[];
            thresholds: Partial<
              Record<
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                number
              >
            >;
            needsDecision: boolean;
            mitigationsNeeded: string[] | null;
            register: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              assessmentId: string;
              title: string;
              owner: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              } | null;
              dueOn: string | null;
              /** @enum {string} */
              status: "open" | "done";
              actionItemId: string | null;
              mayUpdate: boolean;
            }[];
            missing:
              | {
                  /** Format: uuid */
                  organizationId: string;
                  name: string;
                }[]
              | null;
            mine: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              ratings: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                likelihood: number;
                impact: number;
              }[];
              mitigations: string[];
              shareByName: boolean;
              /** Format: date-time */
              answeredAt: string;
            }[];
            permissions: {
              manage: boolean;
              answerFor: string[];
              recommend: boolean;
            };
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRiskAssessmentsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            heatMap: {
              smallestGroup: number;
              cells: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                /** @enum {string} */
                level: "low" | "medium" | "high" | "severe";
                named: string[];
                others: number | null;
              }[];
            };
            answered: number;
            overThreshold: (
              "access" | "safety" | "legal" | "funding" | "reputation" | "authorities"
            )[];
            decidedByProposalId: string | null;
            /** Format: uuid */
            coalitionId: string;
            /** @enum {string} */
            subjectKind: "statement" | "activity" | "publication";
            subjectId: string | null;
            country: string | null;
            audienceLanguages: string[];
            capacities: string[];
            thresholds: Partial<
              Record<
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                number
              >
            >;
            needsDecision: boolean;
            mitigationsNeeded: string[] | null;
            register: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              assessmentId: string;
              title: string;
              owner: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              } | null;
              dueOn: string | null;
              /** @enum {string} */
              status: "open" | "done";
              actionItemId: string | null;
              mayUpdate: boolean;
            }[];
            missing:
              | {
                  /** Format: uuid */
                  organizationId: string;
                  name: string;
                }[]
              | null;
            mine: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              ratings: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                likelihood: number;
                impact: number;
              }[];
              mitigations: string[];
              shareByName: boolean;
              /** Format: date-time */
              answeredAt: string;
            }[];
            permissions: {
              manage: boolean;
              answerFor: string[];
              recommend: boolean;
            };
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putRiskAssessmentsByidResponsesByorganizationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          ratings: {
            /** @enum {string} */
            category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
            likelihood: number;
            impact: number;
          }[];
          /** @default [] */
          mitigations?: string[];
          /** @default false */
          shareByName?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            heatMap: {
              smallestGroup: number;
              cells: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                /** @enum {string} */
                level: "low" | "medium" | "high" | "severe";
                named: string[];
                others: number | null;
              }[];
            };
            answered: number;
            overThreshold: (
              "access" | "safety" | "legal" | "funding" | "reputation" | "authorities"
            )[];
            decidedByProposalId: string | null;
            /** Format: uuid */
            coalitionId: string;
            /** @enum {string} */
            subjectKind: "statement" | "activity" | "publication";
            subjectId: string | null;
            country: string | null;
            audienceLanguages: string[];
            capacities: string[];
            thresholds: Partial<
              Record<
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities",
                number
              >
            >;
            needsDecision: boolean;
            mitigationsNeeded: string[] | null;
            register: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              assessmentId: string;
              title: string;
              owner: {
                /** Format: uuid */
                organizationId: string;
                name: string;
              } | null;
              dueOn: string | null;
              /** @enum {string} */
              status: "open" | "done";
              actionItemId: string | null;
              mayUpdate: boolean;
            }[];
            missing:
              | {
                  /** Format: uuid */
                  organizationId: string;
                  name: string;
                }[]
              | null;
            mine: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              ratings: {
                /** @enum {string} */
                category: "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                likelihood: number;
                impact: number;
              }[];
              mitigations: string[];
              shareByName: boolean;
              /** Format: date-time */
              answeredAt: string;
            }[];
            permissions: {
              manage: boolean;
              answerFor: string[];
              recommend: boolean;
            };
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRiskAssessmentsByidMitigations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** Format: uuid */
          ownerOrganizationId?: string;
          /** Format: date */
          dueOn?: string;
          /** @default false */
          asActionItem?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assessmentId: string;
            title: string;
            owner: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            } | null;
            dueOn: string | null;
            /** @enum {string} */
            status: "open" | "done";
            actionItemId: string | null;
            mayUpdate: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchMitigationsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          status?: "open" | "done";
          title?: string;
          ownerOrganizationId?: string | null;
          dueOn?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assessmentId: string;
            title: string;
            owner: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            } | null;
            dueOn: string | null;
            /** @enum {string} */
            status: "open" | "done";
            actionItemId: string | null;
            mayUpdate: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRiskAssessmentsByidFronting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              /** @enum {string} */
              advice: "front" | "sign" | "support_privately";
              reasons: (
                | "local"
                | "verified"
                | "capacities"
                | "audience_language"
                | "speaks_publicly"
                | "no_public_association"
                | "private_diplomacy"
                | "own_risk"
              )[];
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRiskAssessmentsByidDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
          title?: string;
          body?: {
            original: string;
            texts: {
              [key: string]: string;
            };
          };
          /** Format: date-time */
          closesAt: string;
          messengers: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Proposal"];
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getProposalsByidRisk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            summary: {
              /** Format: uuid */
              id: string;
              title: string;
              heatMap: {
                smallestGroup: number;
                cells: {
                  /** @enum {string} */
                  category:
                    "access" | "safety" | "legal" | "funding" | "reputation" | "authorities";
                  /** @enum {string} */
                  level: "low" | "medium" | "high" | "severe";
                  named: string[];
                  others: number | null;
                }[];
              };
              answered: number;
              overThreshold: (
                "access" | "safety" | "legal" | "funding" | "reputation" | "authorities"
              )[];
              decidedByProposalId: string | null;
            } | null;
            messengers: {
              /** Format: uuid */
              organizationId: string;
              name: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            keys: {
              userId: string;
              boxPublicKey: string;
              signPublicKey: string;
              /** Format: date-time */
              createdAt: string;
              passphrase: {
                kdf:
                  | {
                      /** @enum {string} */
                      alg: "argon2id13";
                      salt: string;
                      opsLimit: number;
                      memLimit: number;
                    }
                  | {
                      /** @enum {string} */
                      alg: "recovery";
                    };
                nonce: string;
                ciphertext: string;
              };
              recovery: {
                kdf:
                  | {
                      /** @enum {string} */
                      alg: "argon2id13";
                      salt: string;
                      opsLimit: number;
                      memLimit: number;
                    }
                  | {
                      /** @enum {string} */
                      alg: "recovery";
                    };
                nonce: string;
                ciphertext: string;
              };
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putMeKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          boxPublicKey: string;
          signPublicKey: string;
          passphrase: {
            kdf:
              | {
                  /** @enum {string} */
                  alg: "argon2id13";
                  salt: string;
                  opsLimit: number;
                  memLimit: number;
                }
              | {
                  /** @enum {string} */
                  alg: "recovery";
                };
            nonce: string;
            ciphertext: string;
          };
          recovery: {
            kdf:
              | {
                  /** @enum {string} */
                  alg: "argon2id13";
                  salt: string;
                  opsLimit: number;
                  memLimit: number;
                }
              | {
                  /** @enum {string} */
                  alg: "recovery";
                };
            nonce: string;
            ciphertext: string;
          };
          /** @default false */
          reset?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            keys: {
              userId: string;
              boxPublicKey: string;
              signPublicKey: string;
              /** Format: date-time */
              createdAt: string;
              passphrase: {
                kdf:
                  | {
                      /** @enum {string} */
                      alg: "argon2id13";
                      salt: string;
                      opsLimit: number;
                      memLimit: number;
                    }
                  | {
                      /** @enum {string} */
                      alg: "recovery";
                    };
                nonce: string;
                ciphertext: string;
              };
              recovery: {
                kdf:
                  | {
                      /** @enum {string} */
                      alg: "argon2id13";
                      salt: string;
                      opsLimit: number;
                      memLimit: number;
                    }
                  | {
                      /** @enum {string} */
                      alg: "recovery";
                    };
                nonce: string;
                ciphertext: string;
              };
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByuserIdKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            userId: string;
            boxPublicKey: string;
            signPublicKey: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            state: "none" | "ready" | "rotation_needed";
            identityPublicKey: string | null;
            currentEpoch: number | null;
            epochs: {
              epoch: number;
              publicKey: string;
              signature: string;
              previous: {
                nonce: string;
                ciphertext: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            member?: {
              seal: {
                epoch: number;
                sealed: string;
              } | null;
              awaiting: {
                userId: string;
                boxPublicKey: string;
                signPublicKey: string;
                /** Format: date-time */
                createdAt: string;
                name: string;
              }[];
              withoutKeys: number;
              manages: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          identityPublicKey: string;
          publicKey: string;
          signature: string;
          seals: {
            userId: string;
            sealed: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            state: "none" | "ready" | "rotation_needed";
            identityPublicKey: string | null;
            currentEpoch: number | null;
            epochs: {
              epoch: number;
              publicKey: string;
              signature: string;
              previous: {
                nonce: string;
                ciphertext: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            member?: {
              seal: {
                epoch: number;
                sealed: string;
              } | null;
              awaiting: {
                userId: string;
                boxPublicKey: string;
                signPublicKey: string;
                /** Format: date-time */
                createdAt: string;
                name: string;
              }[];
              withoutKeys: number;
              manages: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidKeysEpochs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          epoch: number;
          publicKey: string;
          signature: string;
          previous: {
            nonce: string;
            ciphertext: string;
          };
          seals: {
            userId: string;
            sealed: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            state: "none" | "ready" | "rotation_needed";
            identityPublicKey: string | null;
            currentEpoch: number | null;
            epochs: {
              epoch: number;
              publicKey: string;
              signature: string;
              previous: {
                nonce: string;
                ciphertext: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            member?: {
              seal: {
                epoch: number;
                sealed: string;
              } | null;
              awaiting: {
                userId: string;
                boxPublicKey: string;
                signPublicKey: string;
                /** Format: date-time */
                createdAt: string;
                name: string;
              }[];
              withoutKeys: number;
              manages: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidKeysSeals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          epoch: number;
          seals: {
            userId: string;
            sealed: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            state: "none" | "ready" | "rotation_needed";
            identityPublicKey: string | null;
            currentEpoch: number | null;
            epochs: {
              epoch: number;
              publicKey: string;
              signature: string;
              previous: {
                nonce: string;
                ciphertext: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            member?: {
              seal: {
                epoch: number;
                sealed: string;
              } | null;
              awaiting: {
                userId: string;
                boxPublicKey: string;
                signPublicKey: string;
                /** Format: date-time */
                createdAt: string;
                name: string;
              }[];
              withoutKeys: number;
              manages: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecords: {
    parameters: {
      query?: {
        organizationId?: string;
        kind?: "incident" | "case" | "trend" | "document";
        country?: string;
        violationType?:
          | "killing"
          | "maiming"
          | "arbitrary_detention"
          | "enforced_disappearance"
          | "torture"
          | "sexual_violence"
          | "gbv"
          | "child_recruitment"
          | "abduction"
          | "forced_displacement"
          | "attack_on_civilian_objects"
          | "attack_on_schools_hospitals"
          | "denial_of_humanitarian_access"
          | "attack_on_defenders"
          | "restriction_of_expression"
          | "looting_extortion"
          | "other";
        from?: string;
        to?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "incident" | "case" | "trend" | "document";
              /** Format: uuid */
              ownerOrganizationId: string;
              ownerName: string;
              /** @enum {string} */
              classification: "public" | "coalition" | "restricted";
              version: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @enum {string} */
              sight: "full" | "fields";
              fields: {
                [key: string]: unknown;
              };
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRecords: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | {
              /** @enum {string} */
              kind: "incident";
              fields: {
                /** Format: date */
                occurredOn: string;
                /** Format: date */
                occurredUntil?: string;
                country: string;
                adminArea?: {
                  name: string;
                  pcode?: string;
                };
                placeText?: string;
                coordinates?: {
                  lat: number;
                  lon: number;
                  /**
                   * @default 10km
                   * @enum {string}
                   */
                  precision?: "exact" | "1km" | "10km";
                };
                violationTypes: (
                  | "killing"
                  | "maiming"
                  | "arbitrary_detention"
                  | "enforced_disappearance"
                  | "torture"
                  | "sexual_violence"
                  | "gbv"
                  | "child_recruitment"
                  | "abduction"
                  | "forced_displacement"
                  | "attack_on_civilian_objects"
                  | "attack_on_schools_hospitals"
                  | "denial_of_humanitarian_access"
                  | "attack_on_defenders"
                  | "restriction_of_expression"
                  | "looting_extortion"
                  | "other"
                )[];
                /** @enum {string} */
                perpetratorCategory?:
                  | "state_armed_forces"
                  | "police_security"
                  | "non_state_armed_group"
                  | "militia"
                  | "criminal_group"
                  | "private_person"
                  | "unknown";
                affected?: {
                  /** @enum {string} */
                  sex: "female" | "male" | "unknown";
                  /** @enum {string} */
                  ageBand: "0-4" | "5-11" | "12-17" | "18-59" | "60+" | "unknown";
                  count: number;
                }[];
                /** @enum {string} */
                sourceType?:
                  | "survivor"
                  | "witness"
                  | "family"
                  | "community"
                  | "partner"
                  | "authority"
                  | "media"
                  | "document";
                /** @enum {string} */
                sourceReliability?: "A" | "B" | "C" | "D" | "E" | "F";
                informationCredibility?: number;
                narrative?: {
                  original: string;
                  texts: {
                    [key: string]: string;
                  };
                };
              };
              /** Format: uuid */
              ownerOrganizationId: string;
              /**
               * @default restricted
               * @enum {string}
               */
              classification?: "public" | "coalition" | "restricted";
              /** @default [] */
              coalitionIds?: string[];
              /** @default [] */
              restrictedTo?: string[];
              /** @default false */
              readersAll?: boolean;
              /** @default [] */
              readerIds?: string[];
              /** @default [] */
              editorIds?: string[];
            }
          | {
              /** @enum {string} */
              kind: "case";
              fields: {
                caseCode: string;
                /** Format: date */
                openedOn: string;
                /** @enum {string} */
                status: "open" | "referred" | "closed";
                country: string;
                adminArea?: {
                  name: string;
                  pcode?: string;
                };
                /** @enum {string} */
                personSex?: "female" | "male" | "unknown";
                /** @enum {string} */
                personAgeBand?: "0-4" | "5-11" | "12-17" | "18-59" | "60+" | "unknown";
                protectionConcerns?: (
                  | "killing"
                  | "maiming"
                  | "arbitrary_detention"
                  | "enforced_disappearance"
                  | "torture"
                  | "sexual_violence"
                  | "gbv"
                  | "child_recruitment"
                  | "abduction"
                  | "forced_displacement"
                  | "attack_on_civilian_objects"
                  | "attack_on_schools_hospitals"
                  | "denial_of_humanitarian_access"
                  | "attack_on_defenders"
                  | "restriction_of_expression"
                  | "looting_extortion"
                  | "other"
                )[];
                referrals?: {
                  service: string;
                  /** Format: date */
                  on: string;
                }[];
                narrative?: {
                  original: string;
                  texts: {
                    [key: string]: string;
                  };
                };
              };
              /** Format: uuid */
              ownerOrganizationId: string;
              /**
               * @default restricted
               * @enum {string}
               */
              classification?: "public" | "coalition" | "restricted";
              /** @default [] */
              coalitionIds?: string[];
              /** @default [] */
              restrictedTo?: string[];
              /** @default false */
              readersAll?: boolean;
              /** @default [] */
              readerIds?: string[];
              /** @default [] */
              editorIds?: string[];
            }
          | {
              /** @enum {string} */
              kind: "trend";
              fields: {
                /** Format: date */
                periodFrom: string;
                /** Format: date */
                periodTo: string;
                country: string;
                adminArea?: {
                  name: string;
                  pcode?: string;
                };
                violationTypes: (
                  | "killing"
                  | "maiming"
                  | "arbitrary_detention"
                  | "enforced_disappearance"
                  | "torture"
                  | "sexual_violence"
                  | "gbv"
                  | "child_recruitment"
                  | "abduction"
                  | "forced_displacement"
                  | "attack_on_civilian_objects"
                  | "attack_on_schools_hospitals"
                  | "denial_of_humanitarian_access"
                  | "attack_on_defenders"
                  | "restriction_of_expression"
                  | "looting_extortion"
                  | "other"
                )[];
                indicators?: {
                  label: string;
                  value: number;
                }[];
                narrative?: {
                  original: string;
                  texts: {
                    [key: string]: string;
                  };
                };
              };
              /** Format: uuid */
              ownerOrganizationId: string;
              /**
               * @default restricted
               * @enum {string}
               */
              classification?: "public" | "coalition" | "restricted";
              /** @default [] */
              coalitionIds?: string[];
              /** @default [] */
              restrictedTo?: string[];
              /** @default false */
              readersAll?: boolean;
              /** @default [] */
              readerIds?: string[];
              /** @default [] */
              editorIds?: string[];
            }
          | {
              /** @enum {string} */
              kind: "document";
              fields: {
                title: string;
                description?: string;
                /** Format: date */
                documentDate?: string;
              };
              /** Format: uuid */
              ownerOrganizationId: string;
              /**
               * @default restricted
               * @enum {string}
               */
              classification?: "public" | "coalition" | "restricted";
              /** @default [] */
              coalitionIds?: string[];
              /** @default [] */
              restrictedTo?: string[];
              /** @default false */
              readersAll?: boolean;
              /** @default [] */
              readerIds?: string[];
              /** @default [] */
              editorIds?: string[];
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "case" | "trend" | "document";
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "public" | "coalition" | "restricted";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "fields";
            fields: {
              [key: string]: unknown;
            };
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sharing?: {
              coalitionIds: string[];
              restrictedTo: string[];
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsExportJson: {
    parameters: {
      query?: {
        organizationId?: string;
        kind?: "incident" | "case" | "trend" | "document";
        country?: string;
        violationType?:
          | "killing"
          | "maiming"
          | "arbitrary_detention"
          | "enforced_disappearance"
          | "torture"
          | "sexual_violence"
          | "gbv"
          | "child_recruitment"
          | "abduction"
          | "forced_displacement"
          | "attack_on_civilian_objects"
          | "attack_on_schools_hospitals"
          | "denial_of_humanitarian_access"
          | "attack_on_defenders"
          | "restriction_of_expression"
          | "looting_extortion"
          | "other";
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: date-time */
            exportedAt: string;
            records: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: "incident" | "case" | "trend" | "document";
              /** Format: uuid */
              ownerOrganizationId: string;
              ownerName: string;
              /** @enum {string} */
              classification: "public" | "coalition" | "restricted";
              version: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @enum {string} */
              sight: "full" | "fields";
              fields: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsExportCsv: {
    parameters: {
      query?: {
        organizationId?: string;
        kind?: "incident" | "case" | "trend" | "document";
        country?: string;
        violationType?:
          | "killing"
          | "maiming"
          | "arbitrary_detention"
          | "enforced_disappearance"
          | "torture"
          | "sexual_violence"
          | "gbv"
          | "child_recruitment"
          | "abduction"
          | "forced_displacement"
          | "attack_on_civilian_objects"
          | "attack_on_schools_hospitals"
          | "denial_of_humanitarian_access"
          | "attack_on_defenders"
          | "restriction_of_expression"
          | "looting_extortion"
          | "other";
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Records as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "case" | "trend" | "document";
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "public" | "coalition" | "restricted";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "fields";
            fields: {
              [key: string]: unknown;
            };
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sharing?: {
              coalitionIds: string[];
              restrictedTo: string[];
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteRecordsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchRecordsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          version: number;
          fields?: {
            [key: string]: unknown;
          };
          /** @enum {string} */
          classification?: "public" | "coalition" | "restricted";
          coalitionIds?: string[];
          restrictedTo?: string[];
          readersAll?: boolean;
          readerIds?: string[];
          editorIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "case" | "trend" | "document";
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "public" | "coalition" | "restricted";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "fields";
            fields: {
              [key: string]: unknown;
            };
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sharing?: {
              coalitionIds: string[];
              restrictedTo: string[];
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRecordsByidConsents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          use: "internal" | "named_partners" | "statistics" | "public_advocacy";
          /** @enum {string} */
          state: "given" | "refused" | "withdrawn";
          givenBy?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "case" | "trend" | "document";
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "public" | "coalition" | "restricted";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "fields";
            fields: {
              [key: string]: unknown;
            };
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sharing?: {
              coalitionIds: string[];
              restrictedTo: string[];
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidRecordsImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          csv: string;
          /**
           * @default restricted
           * @enum {string}
           */
          classification?: "public" | "coalition" | "restricted";
          /** @default [] */
          coalitionIds?: string[];
          /** @default [] */
          restrictedTo?: string[];
          /** @default false */
          readersAll?: boolean;
          /** @default [] */
          readerIds?: string[];
          /** @default [] */
          editorIds?: string[];
          validRowsOnly?: boolean;
          dryRun?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            imported: boolean;
            rows: number;
            accepted: number;
            created: number;
            refused: {
              line: number;
              column: string | null;
              message: string;
            }[];
            ignoredColumns: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsByidAudit: {
    parameters: {
      query?: {
        before?: number;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            entries: {
              seq: number;
              /** Format: date-time */
              at: string;
              action: string;
              actorName: string | null;
              actorOrganizationId: string | null;
              actorOrganizationName: string | null;
              subjectKind: string;
              subjectId: string | null;
              details: {
                [key: string]: unknown;
              };
              hash: string;
            }[];
            nextBefore: number | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidAudit: {
    parameters: {
      query?: {
        before?: number;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            entries: {
              seq: number;
              /** Format: date-time */
              at: string;
              action: string;
              actorName: string | null;
              actorOrganizationId: string | null;
              actorOrganizationName: string | null;
              subjectKind: string;
              subjectId: string | null;
              details: {
                [key: string]: unknown;
              };
              hash: string;
            }[];
            nextBefore: number | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidAuditCheckpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            checkpoint: {
              treeSize: number;
              headHash: string;
              /** Format: date-time */
              at: string;
              signature: string;
            } | null;
            /** @enum {string} */
            algorithm: "ed25519";
            publicKey: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidAuditCheckpointCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          treeSize: number;
          headHash: string;
          /** Format: date-time */
          at: string;
          signature: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            signatureValid: boolean;
            extended: boolean;
            treeSize: number;
            firstBadEntry: number | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsStatistics: {
    parameters: {
      query?: {
        rows?: "month" | "country" | "area";
        organizationId?: string;
        country?: string;
        violationType?:
          | "killing"
          | "maiming"
          | "arbitrary_detention"
          | "enforced_disappearance"
          | "torture"
          | "sexual_violence"
          | "gbv"
          | "child_recruitment"
          | "abduction"
          | "forced_displacement"
          | "attack_on_civilian_objects"
          | "attack_on_schools_hospitals"
          | "denial_of_humanitarian_access"
          | "attack_on_defenders"
          | "restriction_of_expression"
          | "looting_extortion"
          | "other";
        from?: string;
        to?: string;
        k?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: string[];
            columns: string[];
            k: number;
            cells: (number | null)[][];
            rowTotals: (number | null)[];
            columnTotals: (number | null)[];
            grandTotal: number | null;
            primary: {
              row: number | "total";
              column: number | "total";
            }[];
            complementary: {
              row: number | "total";
              column: number | "total";
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsStatisticsCsv: {
    parameters: {
      query?: {
        rows?: "month" | "country" | "area";
        organizationId?: string;
        country?: string;
        violationType?:
          | "killing"
          | "maiming"
          | "arbitrary_detention"
          | "enforced_disappearance"
          | "torture"
          | "sexual_violence"
          | "gbv"
          | "child_recruitment"
          | "abduction"
          | "forced_displacement"
          | "attack_on_civilian_objects"
          | "attack_on_schools_hospitals"
          | "denial_of_humanitarian_access"
          | "attack_on_defenders"
          | "restriction_of_expression"
          | "looting_extortion"
          | "other";
        from?: string;
        to?: string;
        k?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidRecordsConfidentialCounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            contribution: {
              /** @enum {string} */
              audience: "organization" | "everyone";
              cells: number;
              total: number;
              /** Format: date-time */
              contributedAt: string;
              contributedByName: string | null;
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putOrganizationsByidRecordsConfidentialCounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @default organization
           * @enum {string}
           */
          audience?: "organization" | "everyone";
          counts: {
            month: string;
            country: string;
            /** @default  */
            area?: string;
            /** @enum {string} */
            violationType:
              | "killing"
              | "maiming"
              | "arbitrary_detention"
              | "enforced_disappearance"
              | "torture"
              | "sexual_violence"
              | "gbv"
              | "child_recruitment"
              | "abduction"
              | "forced_displacement"
              | "attack_on_civilian_objects"
              | "attack_on_schools_hospitals"
              | "denial_of_humanitarian_access"
              | "attack_on_defenders"
              | "restriction_of_expression"
              | "looting_extortion"
              | "other";
            count: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            organizationId: string;
            contribution: {
              /** @enum {string} */
              audience: "organization" | "everyone";
              cells: number;
              total: number;
              /** Format: date-time */
              contributedAt: string;
              contributedByName: string | null;
            } | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAgreements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: "proposed" | "in_force" | "ended";
              /** Format: uuid */
              proposedBy: string;
              version: number;
              terms: {
                version: number;
                title: string;
                purpose: string;
                dataCategories: string[];
                fields: string[];
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId: string | null;
                retentionDays: number;
                consentRequired:
                  ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
                /** Format: date-time */
                createdAt: string;
              };
              versions: {
                version: number;
                title: string;
                purpose: string;
                dataCategories: string[];
                fields: string[];
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId: string | null;
                retentionDays: number;
                consentRequired:
                  ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              parties: {
                /** Format: uuid */
                organizationId: string;
                name: string;
                accepted: boolean;
                acceptedAt: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              endedAt: string | null;
              endedBy: string | null;
              may: {
                accept: boolean;
                end: boolean;
                amend: boolean;
              };
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAgreements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          purpose: string;
          dataCategories: (
            "incidents" | "cases" | "trends" | "documents" | "statistics" | "evidence"
          )[];
          fields: (
            | "occurredOn"
            | "occurredUntil"
            | "country"
            | "adminArea"
            | "placeText"
            | "coordinates"
            | "violationTypes"
            | "perpetratorCategory"
            | "affected"
            | "sourceType"
            | "sourceReliability"
            | "informationCredibility"
            | "narrative"
            | "caseCode"
            | "openedOn"
            | "status"
            | "personSex"
            | "personAgeBand"
            | "protectionConcerns"
            | "referrals"
            | "periodFrom"
            | "periodTo"
            | "indicators"
            | "title"
            | "description"
            | "documentDate"
          )[];
          /** @enum {string} */
          onwardRule: "none" | "owner_consent" | "within_coalition";
          /** Format: uuid */
          onwardCoalitionId?: string;
          retentionDays: number;
          /** @default named_partners */
          consentRequired?:
            ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
          /** Format: uuid */
          proposedBy: string;
          partyIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "in_force" | "ended";
            /** Format: uuid */
            proposedBy: string;
            version: number;
            terms: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            };
            versions: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            parties: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              accepted: boolean;
              acceptedAt: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            endedAt: string | null;
            endedBy: string | null;
            may: {
              accept: boolean;
              end: boolean;
              amend: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAgreementsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "in_force" | "ended";
            /** Format: uuid */
            proposedBy: string;
            version: number;
            terms: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            };
            versions: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            parties: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              accepted: boolean;
              acceptedAt: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            endedAt: string | null;
            endedBy: string | null;
            may: {
              accept: boolean;
              end: boolean;
              amend: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAgreementsByidVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          purpose: string;
          dataCategories: (
            "incidents" | "cases" | "trends" | "documents" | "statistics" | "evidence"
          )[];
          fields: (
            | "occurredOn"
            | "occurredUntil"
            | "country"
            | "adminArea"
            | "placeText"
            | "coordinates"
            | "violationTypes"
            | "perpetratorCategory"
            | "affected"
            | "sourceType"
            | "sourceReliability"
            | "informationCredibility"
            | "narrative"
            | "caseCode"
            | "openedOn"
            | "status"
            | "personSex"
            | "personAgeBand"
            | "protectionConcerns"
            | "referrals"
            | "periodFrom"
            | "periodTo"
            | "indicators"
            | "title"
            | "description"
            | "documentDate"
          )[];
          /** @enum {string} */
          onwardRule: "none" | "owner_consent" | "within_coalition";
          /** Format: uuid */
          onwardCoalitionId?: string;
          retentionDays: number;
          /** @default named_partners */
          consentRequired?:
            ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
          /** Format: uuid */
          organizationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "in_force" | "ended";
            /** Format: uuid */
            proposedBy: string;
            version: number;
            terms: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            };
            versions: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            parties: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              accepted: boolean;
              acceptedAt: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            endedAt: string | null;
            endedBy: string | null;
            may: {
              accept: boolean;
              end: boolean;
              amend: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAgreementsByidAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "in_force" | "ended";
            /** Format: uuid */
            proposedBy: string;
            version: number;
            terms: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            };
            versions: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            parties: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              accepted: boolean;
              acceptedAt: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            endedAt: string | null;
            endedBy: string | null;
            may: {
              accept: boolean;
              end: boolean;
              amend: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAgreementsByidEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          organizationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "proposed" | "in_force" | "ended";
            /** Format: uuid */
            proposedBy: string;
            version: number;
            terms: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            };
            versions: {
              version: number;
              title: string;
              purpose: string;
              dataCategories: string[];
              fields: string[];
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId: string | null;
              retentionDays: number;
              consentRequired:
                ("internal" | "named_partners" | "statistics" | "public_advocacy") | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            parties: {
              /** Format: uuid */
              organizationId: string;
              name: string;
              accepted: boolean;
              acceptedAt: string | null;
            }[];
            /** Format: date-time */
            createdAt: string;
            endedAt: string | null;
            endedBy: string | null;
            may: {
              accept: boolean;
              end: boolean;
              amend: boolean;
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsByidGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              agreementId: string;
              agreementVersion: number;
              /** Format: uuid */
              fromOrganizationId: string;
              fromName: string;
              /** Format: uuid */
              toOrganizationId: string;
              toName: string;
              recordId: string | null;
              filter: {
                /** @enum {string} */
                kind?: "incident" | "case" | "trend" | "document";
                country?: string;
                violationType?: string;
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
              } | null;
              parentGrantId: string | null;
              overrideReason: string | null;
              /** Format: date-time */
              grantedAt: string;
              expiresAt: string | null;
              endedAt: string | null;
              endReason: string | null;
              live: boolean;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRecordsByidGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          agreementId: string;
          /** Format: uuid */
          toOrganizationId: string;
          /** Format: date-time */
          expiresAt?: string;
          overrideReason?: string;
          sealedShare?: {
            payload: {
              nonce: string;
              ciphertext: string;
            };
            sealedKey: string;
            statement: {
              /** Format: uuid */
              recordId: string;
              /** Format: uuid */
              ownerOrganizationId: string;
              /** Format: uuid */
              toOrganizationId: string;
              /** Format: uuid */
              agreementId: string;
              agreementVersion: number;
              purpose: string;
              expiresAt: string | null;
              /** @enum {string} */
              onwardRule: "none" | "owner_consent" | "within_coalition";
              onwardCoalitionId?: string | null;
              recipientEpoch: number;
              payloadHash: string;
              /** Format: date-time */
              issuedAt: string;
            };
            signature: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            agreementVersion: number;
            /** Format: uuid */
            fromOrganizationId: string;
            fromName: string;
            /** Format: uuid */
            toOrganizationId: string;
            toName: string;
            recordId: string | null;
            filter: {
              /** @enum {string} */
              kind?: "incident" | "case" | "trend" | "document";
              country?: string;
              violationType?: string;
              /** Format: date */
              from?: string;
              /** Format: date */
              to?: string;
            } | null;
            parentGrantId: string | null;
            overrideReason: string | null;
            /** Format: date-time */
            grantedAt: string;
            expiresAt: string | null;
            endedAt: string | null;
            endReason: string | null;
            live: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOrganizationsByidGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              agreementId: string;
              agreementVersion: number;
              /** Format: uuid */
              fromOrganizationId: string;
              fromName: string;
              /** Format: uuid */
              toOrganizationId: string;
              toName: string;
              recordId: string | null;
              filter: {
                /** @enum {string} */
                kind?: "incident" | "case" | "trend" | "document";
                country?: string;
                violationType?: string;
                /** Format: date */
                from?: string;
                /** Format: date */
                to?: string;
              } | null;
              parentGrantId: string | null;
              overrideReason: string | null;
              /** Format: date-time */
              grantedAt: string;
              expiresAt: string | null;
              endedAt: string | null;
              endReason: string | null;
              live: boolean;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganizationsByidGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          agreementId: string;
          /** Format: uuid */
          toOrganizationId: string;
          /** Format: date-time */
          expiresAt?: string;
          filter: {
            /** @enum {string} */
            kind?: "incident" | "case" | "trend" | "document";
            country?: string;
            violationType?: string;
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            agreementVersion: number;
            /** Format: uuid */
            fromOrganizationId: string;
            fromName: string;
            /** Format: uuid */
            toOrganizationId: string;
            toName: string;
            recordId: string | null;
            filter: {
              /** @enum {string} */
              kind?: "incident" | "case" | "trend" | "document";
              country?: string;
              violationType?: string;
              /** Format: date */
              from?: string;
              /** Format: date */
              to?: string;
            } | null;
            parentGrantId: string | null;
            overrideReason: string | null;
            /** Format: date-time */
            grantedAt: string;
            expiresAt: string | null;
            endedAt: string | null;
            endReason: string | null;
            live: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postGrantsByidRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            agreementVersion: number;
            /** Format: uuid */
            fromOrganizationId: string;
            fromName: string;
            /** Format: uuid */
            toOrganizationId: string;
            toName: string;
            recordId: string | null;
            filter: {
              /** @enum {string} */
              kind?: "incident" | "case" | "trend" | "document";
              country?: string;
              violationType?: string;
              /** Format: date */
              from?: string;
              /** Format: date */
              to?: string;
            } | null;
            parentGrantId: string | null;
            overrideReason: string | null;
            /** Format: date-time */
            grantedAt: string;
            expiresAt: string | null;
            endedAt: string | null;
            endReason: string | null;
            live: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsByidFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              mediaType: string;
              size: number;
              sha256: string;
              addedByName: string | null;
              /** Format: date-time */
              addedAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRecordsByidFiles: {
    parameters: {
      query?: {
        name?: string;
        type?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            name: string;
            mediaType: string;
            size: number;
            sha256: string;
            addedByName: string | null;
            /** Format: date-time */
            addedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRecordsByidFilesByfileId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        fileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file's bytes, as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getConfidentialRecords: {
    parameters: {
      query?: {
        organizationId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              ownerOrganizationId: string;
              ownerName: string;
              /** @enum {string} */
              classification: "confidential";
              version: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @enum {string} */
              sight: "full" | "shared";
              sealed?: {
                nonce: string;
                ciphertext: string;
              };
              key?: {
                epoch: number;
                nonce: string;
                ciphertext: string;
              };
              shares?: {
                payload: {
                  nonce: string;
                  ciphertext: string;
                };
                sealedKey: string;
                statement: {
                  /** Format: uuid */
                  recordId: string;
                  /** Format: uuid */
                  ownerOrganizationId: string;
                  /** Format: uuid */
                  toOrganizationId: string;
                  /** Format: uuid */
                  agreementId: string;
                  agreementVersion: number;
                  purpose: string;
                  expiresAt: string | null;
                  /** @enum {string} */
                  onwardRule: "none" | "owner_consent" | "within_coalition";
                  onwardCoalitionId?: string | null;
                  recipientEpoch: number;
                  payloadHash: string;
                  /** Format: date-time */
                  issuedAt: string;
                };
                signature: string;
                /** Format: uuid */
                grantId: string;
                ownerIdentityPublicKey: string;
              }[];
              files: {
                /** Format: uuid */
                id: string;
                size: number;
                header: {
                  nonce: string;
                  ciphertext: string;
                };
                /** Format: date-time */
                addedAt: string;
              }[];
              statisticsConsent?: boolean;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postConfidentialRecords: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          id: string;
          /** Format: uuid */
          ownerOrganizationId: string;
          /** @default false */
          readersAll?: boolean;
          /** @default [] */
          readerIds?: string[];
          /** @default [] */
          editorIds?: string[];
          sealed: {
            nonce: string;
            ciphertext: string;
          };
          key: {
            epoch: number;
            nonce: string;
            ciphertext: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "confidential";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "shared";
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sealed?: {
              nonce: string;
              ciphertext: string;
            };
            key?: {
              epoch: number;
              nonce: string;
              ciphertext: string;
            };
            shares?: {
              payload: {
                nonce: string;
                ciphertext: string;
              };
              sealedKey: string;
              statement: {
                /** Format: uuid */
                recordId: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                toOrganizationId: string;
                /** Format: uuid */
                agreementId: string;
                agreementVersion: number;
                purpose: string;
                expiresAt: string | null;
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId?: string | null;
                recipientEpoch: number;
                payloadHash: string;
                /** Format: date-time */
                issuedAt: string;
              };
              signature: string;
              /** Format: uuid */
              grantId: string;
              ownerIdentityPublicKey: string;
            }[];
            files: {
              /** Format: uuid */
              id: string;
              size: number;
              header: {
                nonce: string;
                ciphertext: string;
              };
              /** Format: date-time */
              addedAt: string;
            }[];
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
            sharing?: {
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getConfidentialRecordsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "confidential";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "shared";
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sealed?: {
              nonce: string;
              ciphertext: string;
            };
            key?: {
              epoch: number;
              nonce: string;
              ciphertext: string;
            };
            shares?: {
              payload: {
                nonce: string;
                ciphertext: string;
              };
              sealedKey: string;
              statement: {
                /** Format: uuid */
                recordId: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                toOrganizationId: string;
                /** Format: uuid */
                agreementId: string;
                agreementVersion: number;
                purpose: string;
                expiresAt: string | null;
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId?: string | null;
                recipientEpoch: number;
                payloadHash: string;
                /** Format: date-time */
                issuedAt: string;
              };
              signature: string;
              /** Format: uuid */
              grantId: string;
              ownerIdentityPublicKey: string;
            }[];
            files: {
              /** Format: uuid */
              id: string;
              size: number;
              header: {
                nonce: string;
                ciphertext: string;
              };
              /** Format: date-time */
              addedAt: string;
            }[];
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
            sharing?: {
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putConfidentialRecordsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          version: number;
          sealed: {
            nonce: string;
            ciphertext: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "confidential";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "shared";
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sealed?: {
              nonce: string;
              ciphertext: string;
            };
            key?: {
              epoch: number;
              nonce: string;
              ciphertext: string;
            };
            shares?: {
              payload: {
                nonce: string;
                ciphertext: string;
              };
              sealedKey: string;
              statement: {
                /** Format: uuid */
                recordId: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                toOrganizationId: string;
                /** Format: uuid */
                agreementId: string;
                agreementVersion: number;
                purpose: string;
                expiresAt: string | null;
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId?: string | null;
                recipientEpoch: number;
                payloadHash: string;
                /** Format: date-time */
                issuedAt: string;
              };
              signature: string;
              /** Format: uuid */
              grantId: string;
              ownerIdentityPublicKey: string;
            }[];
            files: {
              /** Format: uuid */
              id: string;
              size: number;
              header: {
                nonce: string;
                ciphertext: string;
              };
              /** Format: date-time */
              addedAt: string;
            }[];
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
            sharing?: {
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postConfidentialRecordsByidConsents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          use: "internal" | "named_partners" | "statistics" | "public_advocacy";
          /** @enum {string} */
          state: "given" | "refused" | "withdrawn";
          givenBy?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            ownerName: string;
            /** @enum {string} */
            classification: "confidential";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            sight: "full" | "shared";
            may: {
              edit: boolean;
              share: boolean;
              consent: boolean;
              audit: boolean;
              delete: boolean;
              files: boolean;
            };
            sealed?: {
              nonce: string;
              ciphertext: string;
            };
            key?: {
              epoch: number;
              nonce: string;
              ciphertext: string;
            };
            shares?: {
              payload: {
                nonce: string;
                ciphertext: string;
              };
              sealedKey: string;
              statement: {
                /** Format: uuid */
                recordId: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                toOrganizationId: string;
                /** Format: uuid */
                agreementId: string;
                agreementVersion: number;
                purpose: string;
                expiresAt: string | null;
                /** @enum {string} */
                onwardRule: "none" | "owner_consent" | "within_coalition";
                onwardCoalitionId?: string | null;
                recipientEpoch: number;
                payloadHash: string;
                /** Format: date-time */
                issuedAt: string;
              };
              signature: string;
              /** Format: uuid */
              grantId: string;
              ownerIdentityPublicKey: string;
            }[];
            files: {
              /** Format: uuid */
              id: string;
              size: number;
              header: {
                nonce: string;
                ciphertext: string;
              };
              /** Format: date-time */
              addedAt: string;
            }[];
            consents?: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              use: "internal" | "named_partners" | "statistics" | "public_advocacy";
              /** @enum {string} */
              state: "given" | "refused" | "withdrawn";
              givenBy: string | null;
              recordedBy: string | null;
              /** Format: date-time */
              at: string;
            }[];
            sharing?: {
              readersAll: boolean;
              readerIds: string[];
              editorIds: string[];
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getConfidentialRecordsByidFilesByfileId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        fileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ciphertext */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeNotifications: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        unread?: "true" | "false";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind:
                | "proposal_opened"
                | "proposal_closing"
                | "proposal_closed"
                | "outcome_recorded"
                | "coalition_invitation"
                | "application_received"
                | "invitation_accepted"
                | "invitation_declined"
                | "member_left"
                | "proposal_quorum_reached"
                | "proposal_blocked"
                | "meeting_scheduled"
                | "action_item_overdue"
                | "mentioned"
                | "spending_to_confirm"
                | "spending_queried"
                | "consent_withdrawn"
                | "statement_sign_on"
                | "statement_confirm_again"
                | "risk_assessment_opened"
                | "mitigation_assigned"
                | "consent_override";
              coalitionId: string | null;
              data: {
                [key: string]: string;
              };
              link: string;
              /** Format: date-time */
              createdAt: string;
              readAt: string | null;
            }[];
            nextCursor: string | null;
            unreadCount: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postMeNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          ids?: string[];
          /** @enum {boolean} */
          all?: true;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            unreadCount: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            emailDigest: boolean;
            lastDigestAt: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchMeNotificationSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          emailDigest: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            emailDigest: boolean;
            lastDigestAt: string | null;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postDiscoveryMatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          need: {
            /** @default [] */
            issues?: string[];
            /** @default [] */
            capacities?: string[];
            /** @default [] */
            countries?: string[];
            /** @default [] */
            regions?: string[];
            /** @default [] */
            languages?: string[];
            /** @default false */
            languagesRequired?: boolean;
            /** @default [] */
            levels?: string[];
            /** @default [] */
            includeTypes?: string[];
            /** @default [] */
            excludeTypes?: string[];
            /** @default [] */
            postures?: string[];
            /** @default false */
            posturesRequired?: boolean;
          };
          requester:
            | {
                /** Format: uuid */
                organizationId: string;
              }
            | {
                /** Format: uuid */
                coalitionId: string;
              };
          weights?: {
            complementarity?: number;
            commonGround?: number;
            reach?: number;
            localLeadership?: number;
            fit?: number;
            trust?: number;
          };
          /** @default 20 */
          limit?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              organization: {
                /** Format: uuid */
                id: string;
                name: string;
                acronym: string | null;
                types: string[];
                level: string;
                headquartersCountry: string | null;
                verified: boolean;
              };
              score: number;
              parts: {
                complementarity: number;
                commonGround: number;
                reach: number;
                localLeadership: number;
                fit: number;
                trust: number;
              };
              points: {
                complementarity: number;
                commonGround: number;
                reach: number;
                localLeadership: number;
                fit: number;
                trust: number;
              };
              reasons: {
                brings: string[];
                sharedIssues: string[];
                sharedCountries: string[];
                sharedRegions: string[];
                newTypes: string[];
                localIn: string[] | null;
                languages: string[];
                postures: string[];
                verified: boolean;
                sharedCoalitions: number;
              };
            }[];
            considered: number;
            weights: {
              complementarity: number;
              commonGround: number;
              reach: number;
              localLeadership: number;
              fit: number;
              trust: number;
            };
            requester: {
              capacities: string[];
              types: string[];
              countries: string[];
            };
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postDiscoveryTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          need: {
            /** @default [] */
            issues?: string[];
            /** @default [] */
            capacities?: string[];
            /** @default [] */
            countries?: string[];
            /** @default [] */
            regions?: string[];
            /** @default [] */
            languages?: string[];
            /** @default false */
            languagesRequired?: boolean;
            /** @default [] */
            levels?: string[];
            /** @default [] */
            includeTypes?: string[];
            /** @default [] */
            excludeTypes?: string[];
            /** @default [] */
            postures?: string[];
            /** @default false */
            posturesRequired?: boolean;
          };
          requester:
            | {
                /** Format: uuid */
                organizationId: string;
              }
            | {
                /** Format: uuid */
                coalitionId: string;
              };
          weights?: {
            complementarity?: number;
            commonGround?: number;
            reach?: number;
            localLeadership?: number;
            fit?: number;
            trust?: number;
          };
          /** @default [] */
          locked?: string[];
          /** @default [] */
          excluded?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            members: {
              organization: {
                /** Format: uuid */
                id: string;
                name: string;
                acronym: string | null;
                types: string[];
                level: string;
                headquartersCountry: string | null;
                verified: boolean;
              };
              locked: boolean;
              brings: {
                capacities: string[];
                places: string[];
              };
              onlyOne: {
                capacities: string[];
                places: string[];
              };
              localLeader: boolean;
              score: number;
              /** @enum {string} */
              fit: "strong" | "weak" | "none";
            }[];
            alreadyCovered: {
              capacities: string[];
              places: string[];
            };
            covered: {
              capacities: string[];
              places: string[];
            };
            uncovered: {
              capacities: string[];
              places: string[];
            };
            weak: {
              capacities: string[];
              places: string[];
            };
            frames: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postDiscoverySuggestions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default [] */
          issues?: string[];
          /** @default [] */
          countries?: string[];
          /** @default [] */
          regions?: string[];
          requester?:
            | {
                /** Format: uuid */
                organizationId: string;
              }
            | {
                /** Format: uuid */
                coalitionId: string;
              };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              capacity: string;
              organizationShare: number;
              coalitionShare: number;
              lift: number;
              alreadyHeld: boolean;
            }[];
            similarOrganizations: number;
            similarCoalitions: number;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getDiscoveryDraft: {
    parameters: {
      query: {
        organizationId: string;
        text?: string;
        coalitionId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            need: {
              /** @default [] */
              issues: string[];
              /** @default [] */
              capacities: string[];
              /** @default [] */
              countries: string[];
              /** @default [] */
              regions: string[];
              /** @default [] */
              languages: string[];
              /** @default false */
              languagesRequired: boolean;
              /** @default [] */
              levels: string[];
              /** @default [] */
              includeTypes: string[];
              /** @default [] */
              excludeTypes: string[];
              /** @default [] */
              postures: string[];
              /** @default false */
              posturesRequired: boolean;
            };
            requester:
              | {
                  /** Format: uuid */
                  organizationId: string;
                }
              | {
                  /** Format: uuid */
                  coalitionId: string;
                };
            requesterName: string;
            charterScope: ("set" | "unset") | null;
            named: ("issues" | "capacities" | "countries" | "regions")[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postDiscoveryTeamInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          coalitionId: string;
          /** @default [] */
          organizationIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            invited: string[];
            skipped: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getDiscoveryNeeds: {
    parameters: {
      query: {
        organizationId: string;
        coalitionId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              need: {
                /** @default [] */
                issues: string[];
                /** @default [] */
                capacities: string[];
                /** @default [] */
                countries: string[];
                /** @default [] */
                regions: string[];
                /** @default [] */
                languages: string[];
                /** @default false */
                languagesRequired: boolean;
                /** @default [] */
                levels: string[];
                /** @default [] */
                includeTypes: string[];
                /** @default [] */
                excludeTypes: string[];
                /** @default [] */
                postures: string[];
                /** @default false */
                posturesRequired: boolean;
              };
              requester:
                | {
                    /** Format: uuid */
                    organizationId: string;
                  }
                | {
                    /** Format: uuid */
                    coalitionId: string;
                  };
              requesterName: string;
              weights: {
                complementarity?: number;
                commonGround?: number;
                reach?: number;
                localLeadership?: number;
                fit?: number;
                trust?: number;
              };
              createdBy: string | null;
              createdAt: string;
              updatedAt: string;
              canEdit: boolean;
            }[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postDiscoveryNeeds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          need: {
            /** @default [] */
            issues?: string[];
            /** @default [] */
            capacities?: string[];
            /** @default [] */
            countries?: string[];
            /** @default [] */
            regions?: string[];
            /** @default [] */
            languages?: string[];
            /** @default false */
            languagesRequired?: boolean;
            /** @default [] */
            levels?: string[];
            /** @default [] */
            includeTypes?: string[];
            /** @default [] */
            excludeTypes?: string[];
            /** @default [] */
            postures?: string[];
            /** @default false */
            posturesRequired?: boolean;
          };
          requester:
            | {
                /** Format: uuid */
                organizationId: string;
              }
            | {
                /** Format: uuid */
                coalitionId: string;
              };
          weights?: {
            complementarity?: number;
            commonGround?: number;
            reach?: number;
            localLeadership?: number;
            fit?: number;
            trust?: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            need: {
              /** @default [] */
              issues: string[];
              /** @default [] */
              capacities: string[];
              /** @default [] */
              countries: string[];
              /** @default [] */
              regions: string[];
              /** @default [] */
              languages: string[];
              /** @default false */
              languagesRequired: boolean;
              /** @default [] */
              levels: string[];
              /** @default [] */
              includeTypes: string[];
              /** @default [] */
              excludeTypes: string[];
              /** @default [] */
              postures: string[];
              /** @default false */
              posturesRequired: boolean;
            };
            requester:
              | {
                  /** Format: uuid */
                  organizationId: string;
                }
              | {
                  /** Format: uuid */
                  coalitionId: string;
                };
            requesterName: string;
            weights: {
              complementarity?: number;
              commonGround?: number;
              reach?: number;
              localLeadership?: number;
              fit?: number;
              trust?: number;
            };
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            canEdit: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getDiscoveryNeedsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            need: {
              /** @default [] */
              issues: string[];
              /** @default [] */
              capacities: string[];
              /** @default [] */
              countries: string[];
              /** @default [] */
              regions: string[];
              /** @default [] */
              languages: string[];
              /** @default false */
              languagesRequired: boolean;
              /** @default [] */
              levels: string[];
              /** @default [] */
              includeTypes: string[];
              /** @default [] */
              excludeTypes: string[];
              /** @default [] */
              postures: string[];
              /** @default false */
              posturesRequired: boolean;
            };
            requester:
              | {
                  /** Format: uuid */
                  organizationId: string;
                }
              | {
                  /** Format: uuid */
                  coalitionId: string;
                };
            requesterName: string;
            weights: {
              complementarity?: number;
              commonGround?: number;
              reach?: number;
              localLeadership?: number;
              fit?: number;
              trust?: number;
            };
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            canEdit: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteDiscoveryNeedsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchDiscoveryNeedsByid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          title?: string;
          need?: {
            /** @default [] */
            issues?: string[];
            /** @default [] */
            capacities?: string[];
            /** @default [] */
            countries?: string[];
            /** @default [] */
            regions?: string[];
            /** @default [] */
            languages?: string[];
            /** @default false */
            languagesRequired?: boolean;
            /** @default [] */
            levels?: string[];
            /** @default [] */
            includeTypes?: string[];
            /** @default [] */
            excludeTypes?: string[];
            /** @default [] */
            postures?: string[];
            /** @default false */
            posturesRequired?: boolean;
          };
          weights?: {
            complementarity?: number;
            commonGround?: number;
            reach?: number;
            localLeadership?: number;
            fit?: number;
            trust?: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            title: string;
            need: {
              /** @default [] */
              issues: string[];
              /** @default [] */
              capacities: string[];
              /** @default [] */
              countries: string[];
              /** @default [] */
              regions: string[];
              /** @default [] */
              languages: string[];
              /** @default false */
              languagesRequired: boolean;
              /** @default [] */
              levels: string[];
              /** @default [] */
              includeTypes: string[];
              /** @default [] */
              excludeTypes: string[];
              /** @default [] */
              postures: string[];
              /** @default false */
              posturesRequired: boolean;
            };
            requester:
              | {
                  /** Format: uuid */
                  organizationId: string;
                }
              | {
                  /** Format: uuid */
                  coalitionId: string;
                };
            requesterName: string;
            weights: {
              complementarity?: number;
              commonGround?: number;
              reach?: number;
              localLeadership?: number;
              fit?: number;
              trust?: number;
            };
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            canEdit: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getDiscoveryNetwork: {
    parameters: {
      query?: {
        issue?: string;
        region?: string;
        organizationId?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            nodes: {
              /** Format: uuid */
              id: string;
              name: string;
              types: string[];
              level: string;
              betweenness: number;
              bridge: boolean;
              mine: boolean;
              coalitions: number;
            }[];
            edges: {
              /** Format: uuid */
              source: string;
              /** Format: uuid */
              target: string;
              weight: number;
            }[];
            coalitions: number;
            truncated: boolean;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postConfidentialRecordsByidFiles: {
    parameters: {
      query: {
        nonce: string;
        header: string;
        fileId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** Format: uuid */
            id: string;
            size: number;
            /** Format: date-time */
            addedAt: string;
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
      /** @description Default Response */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Problem"];
        };
      };
    };
  };
}
