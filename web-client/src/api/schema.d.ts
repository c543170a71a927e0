// Generated from web-client/openapi.json by `npm run gen:api` (openapi-typescript). Do not edit by hand.
export interface paths {
    "/api/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity log across the ward: case events and reply steps, newest first, filtered and paged by cursor; ?format=xlsx for every event the filters find
         * @description For the overseers (inspection committee) and the Party Office. Filters: from, to (days, Vietnam time), kind (Case or Reply), action, departmentId, actor (username, or part of a display name), caseId. The workbook ignores limit and cursor and holds at most 20,000 events.
         */
        get: operations["ListActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's photos and PDFs, without their bytes */
        get: operations["ListCaseAttachments"];
        put?: never;
        /**
         * Attach a photo or PDF to a case: the submitter at intake (kind Intake), the department with the result (Before, After)
         * @description multipart/form-data with the field file (at most 20 MiB; a case or a reply holds at most 10 files and 60 MiB). The type is told by content: JPEG, PNG, WebP, HEIC or PDF, else 415. Images are stored re-encoded, without EXIF, GPS or other metadata, with a display size and a thumbnail.
         */
        post: operations["AttachToCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reply's attachments (its signed scan), without their bytes */
        get: operations["ListReplyAttachments"];
        put?: never;
        /**
         * Attach the signed, stamped scan (PDF or photo) to a reply that is out (Dispatcher)
         * @description multipart/form-data with the field file (at most 20 MiB; a case or a reply holds at most 10 files and 60 MiB). The type is told by content: JPEG, PNG, WebP, HEIC or PDF, else 415. Images are stored re-encoded, without EXIF, GPS or other metadata, with a display size and a thumbnail.
         */
        post: operations["AttachToReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment's bytes: the original (an image without its metadata), or an image's display size (1600 px) or thumbnail (320 px) as JPEG
         * @description For whoever may see its case or reply (404 otherwise). Images are shown inline, a PDF is downloaded; the answer carries X-Content-Type-Options: nosniff and a Content-Security-Policy under which nothing runs.
         */
        get: operations["GetAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's days off and make-up working days (seeded, by rule or entered), and whether its swapped days are still to be entered */
        get: operations["GetCalendarYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter a year's swapped days (ngày làm bù, ngày nghỉ bù), replacing those entered before; an empty list says there are none */
        put: operations["SetCalendarSwaps"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases of the ward, oldest first, filtered and paged by cursor */
        get: operations["ListCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many cases the list's filters find: in all, by category, by suggested department and by organisation
         * @description The same filters as GET /api/cases (limit and cursor do not apply), counted over every page.
         */
        get: operations["CountCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Received → Assigned for several cases at once: one department, one set of six clears, all or nothing
         * @description At most 100 cases. Each is assigned as POST /api/cases/{id}/assign assigns one (its own version, event and notification; a left-out due date by its own session). If any case is unknown or another ward's the answer is 404 casesNotFound listing them; if any changed since the version sent or is not Received, 409 casesNotRoutable listing each and why. Either way nothing is written.
         */
        post: operations["RouteCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every case the list's filters find (all pages) as a download: ?format=csv (UTF-8, semicolons) or xlsx (Excel)
         * @description The same filters as GET /api/cases; limit and cursor are ignored. At most 20,000 cases. An unknown format is a 400 naming format.
         */
        get: operations["ExportCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its assignment, result, replies and history; its ETag is its version */
        get: operations["GetCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Received → Assigned: route to a department with the six clears
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["AssignCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigned → InProgress: the department begins work
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["StartCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * InProgress → Resolved: record what was done
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["ResolveCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigned or InProgress → Received: the department sends the case back to the dispatcher, with a reason
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["ReturnCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reroute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigned or InProgress → Assigned: the dispatcher moves the case to another department, with a reason and a new assignment
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["RerouteCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/supporting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigned, InProgress or Resolved: the departments that support the lead (they see the case and add notes)
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["SetSupportingDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An internal note (staff only) or a progress update (the group leader reads it); the status stays
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["AddNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/refer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Received, Assigned or InProgress → Referred: beyond the ward's authority, handed to a city agency
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["ReferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Received, Assigned, InProgress, Resolved or Referred: the dispatcher corrects the category, location or wording, with a reason; the original stays
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["CorrectCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Received, Assigned or InProgress → Refused: not the ward's to handle, declined with a reason the group leader is told
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["RefuseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replied (or Referred with a reply) → Closed: the petitioner accepts the reply, optionally rating it 1–5 with a comment (no body: no rating)
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["CloseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replied → InProgress: the petitioner is not satisfied, with a reason
         * @description Send the case's ETag as If-Match to refuse the change (409) if someone changed the case meanwhile.
         */
        post: operations["ReopenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories (điểm nghẽn and other kinds) with each one's default department */
        get: operations["ListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{code}/default-department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the department a new case of this category is suggested to go to, in the administrator's ward */
        put: operations["SetCategoryDepartment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's figures for the cases the caller may see, of one session or all: totals, on time, by status, category and department */
        get: operations["GetDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments (phòng, ban, đơn vị) of the ward that resolve cases */
        get: operations["ListDepartments"];
        put?: never;
        /** Add a department to the administrator's ward */
        post: operations["CreateDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a department new names; its code, cases and officers stay */
        put: operations["RenameDepartment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open cases to report under section 5: overdue, replied late, at risk, referred beyond the ward's authority, newly arising
         * @description Each case carries its reasons. Closed cases are left out; the session report lists a session's escalations whatever their status.
         */
        get: operations["ListEscalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a meeting notice into a preview: the .docx as multipart/form-data (field file, up to 5 MiB), or its appendix pasted as JSON {text}
         * @description Nothing is created but the kept notice; confirm the corrected preview with POST /api/notices/confirm. A file that is not a .docx (by content) is a 415; a document without the appendix a 400 naming file or text.
         */
        post: operations["PreviewNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the session (or use an existing one) and every petition and case of the corrected preview, in one transaction; the same notice again creates nothing (200) */
        post: operations["ConfirmNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/keywords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ward's keyword table: keyword → suggested category (and department), first match wins */
        get: operations["ListNoticeKeywords"];
        /** Replace the ward's keyword table (Admin), in the order given */
        put: operations["SetNoticeKeywords"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's notifications, newest first, with the number unread */
        get: operations["ListNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The menu's numbers: unread notifications, cases to triage, open cases of my department, replies to read */
        get: operations["GetCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one notification read; answers the number still unread */
        post: operations["MarkNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notification read */
        post: operations["MarkAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's email address and email preference */
        get: operations["GetNotificationSettings"];
        /** Sets the signed-in user's email address and preference: Immediate, Digest (07:30 each working day) or None */
        put: operations["SetNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a petition; each item becomes a case. A repeat with the same Idempotency-Key answers the first result. */
        post: operations["SubmitPetition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One petition with its submitter and cases */
        get: operations["GetPetition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the written reply to a petition, covering some or all of its Resolved or Referred cases */
        post: operations["DraftReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reply with the cases it covers */
        get: operations["GetReply"];
        /** Reword a draft reply (recipient, subject, opening, each result, closing, "Nơi nhận", signer); once submitted it is not changed */
        put: operations["EditReplyDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for signature (trình ký); its words are then fixed unless the signer returns it */
        post: operations["SubmitReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signer sends a submitted reply back for changes, saying why: it is a draft again */
        post: operations["ReturnReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the reply's signer has signed it; it goes to the clerk for its number */
        post: operations["SignReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The clerk registers the signed letter: it takes the year's next number and today's date, and its cases become Replied */
        post: operations["RegisterReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the registered letter has been sent (phát hành) to the recipients of "Nơi nhận" */
        post: operations["SendReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/replies/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reply as the UBND's letter (Nghị định 30/2020/NĐ-CP): Word by default, ?format=html to print from a browser
         * @description A draft or submitted reply prints too, marked DỰ THẢO; until it is registered it has no number or date. An unknown format is a 400 naming format.
         */
        get: operations["GetReplyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice the session was imported from, as uploaded or pasted */
        get: operations["GetSessionNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions (hội nghị, đợt tiếp nhận) of the ward, newest first */
        get: operations["ListSessions"];
        put?: never;
        /** Open a new session (a meeting or intake round) of the administrator's ward */
        post: operations["CreateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its reply deadline and progress */
        get: operations["GetSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the session's intake: it takes no more petitions; its cases go on */
        post: operations["CloseSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The Party Office registers the session's report (its number of the ward and year, today's date, ?signerId= or the ward's default signer) and records that it has gone to the Party Committee (once) */
        post: operations["MarkSessionReported"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take petitions into the session again */
        post: operations["OpenSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session's report: JSON, or ?format=docx (Hướng dẫn 36-HD/VPTW), xlsx (Excel), csv (UTF-8, semicolons) or html (printable)
         * @description Without ?format the Accept header chooses: application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; anything else gets JSON. An unknown format is a 400 naming format.
         */
        get: operations["GetSessionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password; answers a Bearer access token for API clients */
        post: operations["IssueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in the web app: sets the session cookie and answers the antiforgery token to send with changes */
        post: operations["SignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this sign-in on the server: the session cookie, or the Bearer token the request carries, is refused from then on */
        post: operations["SignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/antiforgery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The token cookie-signed-in clients send in X-CSRF-TOKEN with every change */
        get: operations["GetAntiforgeryToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, role and scope */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ward's signing officials, how each signs, and the default signers of replies and reports */
        get: operations["ListSigners"];
        put?: never;
        /** Add a signing official to the administrator's ward */
        post: operations["CreateSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a signer's name, position or form, or disable them (not while they are a default) */
        put: operations["UpdateSigner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signers/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose who signs the ward's replies and its reports by default */
        put: operations["SetDefaultSigners"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the administrator's ward (every ward for a city-level administrator) */
        get: operations["ListUsers"];
        put?: never;
        /** Create a user with a role and, for officers and group leaders, their department or organisation */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a user's name, role, department or organisation; their sessions end */
        put: operations["UpdateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user: their tokens and cookies stop working at once */
        post: operations["DisableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled user again */
        post: operations["EnableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password; lifts a lockout and ends the user's sessions */
        post: operations["ResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wards with their departments (every ward for a city-level administrator, their own for a ward's) */
        get: operations["ListWards"];
        put?: never;
        /** Create a ward with its departments (city-level administrators); its first administrator is POST /api/users with its wardId */
        post: operations["CreateWard"];
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
        /**
         * @description Whose event an activity is: a case's (its history) or a reply's (its letter's steps).
         * @enum {string}
         */
        ActivityKind: "Case" | "Reply";
        AddNoteCommand: {
            kind: components["schemas"]["NoteKind"];
            text: string;
        };
        AssignCaseCommand: {
            /** Format: int64 */
            departmentId: number;
            /** @description Rõ người: who does the work. */
            assignee: string;
            /** @description Rõ việc: what is to be done. */
            task: string;
            /**
             * Format: date
             * @description Rõ thời gian: by when. Left out, the session's reply deadline while it is ahead, else
             *     `Deadlines:WorkingDays` working days from today.
             */
            dueDate: string | null;
            /** @description Rõ trách nhiệm: the head answerable for it. */
            responsibleHead: string;
            /** @description Rõ sản phẩm (kết quả): what the result should be. */
            expectedResult: string;
            /** @description Rõ thẩm quyền: whose authority the resolution rests on, e.g. "Chủ tịch UBND phường". */
            authority: string;
        };
        /** @description An attachment as lists show it: everything but its bytes. */
        AttachmentInfo: {
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["AttachmentKind"];
            name: string;
            mediaType: string;
            /**
             * Format: int64
             * @description Bytes of the stored original.
             */
            size: number;
            /** Format: int32 */
            width: number | null;
            /** Format: int32 */
            height: number | null;
            /** @description Images have a display size and a thumbnail; a PDF has neither. */
            readonly isImage: boolean;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: string;
        };
        /**
         * @description What a file is to its record.
         * @enum {string}
         */
        AttachmentKind: "Intake" | "Before" | "After" | "SignedScan";
        /**
         * @description The stored sizes of an attachment.
         * @enum {string}
         */
        AttachmentVariant: "Original" | "Display" | "Thumbnail";
        /** @description The form an upload is sent as (multipart/form-data), as the OpenAPI document shows it. */
        AttachmentsEndpointsUploadForm: {
            /** @description The file: JPEG, PNG, WebP, HEIC or PDF, told by its content; at most 20 MiB. */
            file: string;
            kind: components["schemas"]["AttachmentKind"] | null;
        };
        AuthEndpointsAntiforgeryToken: {
            headerName: string;
            token: string;
        };
        AuthEndpointsLoginResponse: {
            user: components["schemas"]["GetMeMe"];
            antiforgery: components["schemas"]["AuthEndpointsAntiforgeryToken"];
        };
        AuthEndpointsTokenResponse: {
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @enum {string} */
        CaseAction: "Submit" | "Assign" | "Start" | "Resolve" | "Return" | "Refer" | "Reply" | "Close" | "Reopen" | "Reroute" | "Note" | "Progress" | "Support" | "Correct" | "Refuse";
        /** @description What every case command answers: the case's new status and version (also sent as its ETag). */
        CaseChange: {
            /** Format: int64 */
            id: number;
            status: components["schemas"]["CaseStatus"];
            /** Format: int32 */
            version: number;
        };
        /** @enum {string} */
        CaseStatus: "Received" | "Assigned" | "InProgress" | "Resolved" | "Replied" | "Closed" | "Referred" | "Refused";
        /** @description The flat read model of a case, as lists and petitions show it. */
        CaseSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            petitionId: number;
            /** Format: int64 */
            sessionId: number;
            /**
             * Format: int32
             * @description The item's place within its petition (the bullet's order in the appendix).
             */
            itemNumber: number;
            text: string;
            category: components["schemas"]["Category"];
            location: string | null;
            status: components["schemas"]["CaseStatus"];
            /** Format: int64 */
            departmentId: number | null;
            departmentName: string | null;
            /** Format: int64 */
            suggestedDepartmentId: number | null;
            suggestedDepartmentName: string | null;
            /** Format: date */
            dueDate: string;
            /**
             * Format: date
             * @description The last working day before Petitions.Api.Features.Cases.CaseSummary.DueDate: the reply must be issued by then.
             */
            lastWorkingDay: string;
            overdue: boolean;
            atRisk: boolean;
            /** Format: date */
            repliedOn: string | null;
            /** Format: int32 */
            version: number;
            submitterName: string;
            submitterTitle: string;
            organisation: string;
            area: string | null;
        };
        /**
         * @description The five bottlenecks of section 2.5 plus the other kinds seen in the appendix.
         * @enum {string}
         */
        Category: "TrafficCongestion" | "UrbanOrder" | "Flooding" | "Environment" | "FoodSafety" | "Security" | "Infrastructure" | "Other";
        CloseCaseCommand: {
            /**
             * Format: int32
             * @description Mức độ hài lòng: 1 (not at all satisfied) to 5 (very satisfied); left out, no rating.
             */
            rating: number | null;
            /** @description What the group leader adds to the rating; only with a rating. */
            comment: string | null;
        };
        ConfirmNoticeCommand: {
            /**
             * Format: int64
             * @description The notice as the preview kept it (`document.id`).
             */
            documentId: number;
            /**
             * Format: int64
             * @description An existing session of the ward; or else Petitions.Api.Features.Notices.ConfirmNotice.Command.Session describes a new one.
             */
            sessionId: number | null;
            session: components["schemas"]["CreateSessionCommand"] | null;
            petitions: components["schemas"]["ConfirmNoticePetition"][];
        };
        ConfirmNoticeItem: {
            text: string;
            category: components["schemas"]["Category"];
            /**
             * Format: int64
             * @description The suggested department; null: the category's default.
             */
            departmentId: number | null;
            location: string | null;
        };
        ConfirmNoticePetition: {
            submitter: components["schemas"]["SubmitPetitionSubmitter"];
            leadAgency: string;
            note: string | null;
            items: components["schemas"]["ConfirmNoticeItem"][];
        };
        ConfirmNoticeResult: {
            /** Format: int64 */
            sessionId: number;
            /** Format: int64 */
            documentId: number;
            petitionIds: number[];
            caseIds: number[];
            /** @description False when this notice had already been confirmed: nothing new was written. */
            created: boolean;
        };
        CorrectCaseCommand: {
            /** @description The item's corrected wording; left out (or null), the wording stays. */
            text: string | null;
            category: components["schemas"]["Category"] | null;
            /** @description The corrected location; left out, it stays; an empty one removes it. */
            location: string | null;
            /** @description Why: kept with each corrected field and in the history. */
            reason: string;
        };
        /**
         * @description What a correction may change on a case.
         * @enum {string}
         */
        CorrectedField: "Text" | "Category" | "Location";
        CountCasesCategoryCount: {
            category: components["schemas"]["Category"];
            /** Format: int32 */
            count: number;
        };
        /** @description Each list in the order the screens show it: categories and departments by count (most first), organisations by name. */
        CountCasesCounts: {
            /** Format: int32 */
            total: number;
            byCategory: components["schemas"]["CountCasesCategoryCount"][];
            bySuggestedDepartment: components["schemas"]["CountCasesDepartmentCount"][];
            byOrganisation: components["schemas"]["CountCasesOrganisationCount"][];
        };
        CountCasesDepartmentCount: {
            /**
             * Format: int64
             * @description Null for the cases whose category has no default department.
             */
            departmentId: number | null;
            departmentName: string | null;
            /** Format: int32 */
            count: number;
        };
        CountCasesOrganisationCount: {
            organisation: string;
            /** Format: int32 */
            count: number;
        };
        CreateDepartmentCommand: {
            /** @description Short and unique in the ward, e.g. KT-HT-DT: letters, digits and '-'. */
            code: string;
            /** @description As lists and cards show it, e.g. "KT-HT-ĐT". */
            shortName: string;
            /** @description In full, as letters print it, e.g. "Phòng Kinh tế, Hạ tầng và Đô thị". */
            name: string;
        };
        CreateSessionCommand: {
            /** @description Short and unique in the ward, e.g. 2026-Q2: letters, digits and '-'. */
            code: string;
            title: string;
            /** Format: date */
            heldOn: string;
            /**
             * Format: date
             * @description Replies must be issued before this date.
             */
            replyDeadline: string;
        };
        CreateUserCommand: {
            /** @description Lower-case letters, digits, '.', '_' or '-'. */
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            /** Format: int64 */
            departmentId: number | null;
            organisation: string | null;
            /** @description Left out for a user who signs in through the OpenID Connect provider. */
            password: string | null;
            /**
             * Format: int64
             * @description Only a city-level admin chooses: another ward, or none for a city-level reader.
             */
            wardId: number | null;
        };
        CreateUserResult: {
            /** Format: int64 */
            id: number;
        };
        CreateWardCommand: {
            /** @description Lower-case letters, digits and '-', unique, e.g. trung-hoa. */
            code: string;
            /** @description As documents print it, e.g. "Phường Trung Hòa". */
            name: string;
            /** @description The upper-level Party organisation, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI". */
            superiorParty: string;
            /** @description At least one; codes unique within the ward. */
            departments: components["schemas"]["CreateDepartmentCommand"][];
        };
        DraftReplyCommand: {
            /** Format: int64 */
            petitionId: number;
            /** @description The cases the reply answers: each must belong to the petition and be Resolved or Referred. */
            caseIds: number[];
            /** @description The text after "V/v"; a default naming the petitioner is used when left out; a typed leading "V/v" is dropped. */
            subject: string | null;
            /** @description Opening text of the reply; each case's question and result follow it in the document. */
            body: string | null;
            recipient: string | null;
            results: components["schemas"]["ResultWording"][] | null;
            closing: string | null;
            copiesTo: string[] | null;
            /** Format: int64 */
            signerId: number | null;
        };
        DraftReplyResult: {
            /** Format: int64 */
            id: number;
        };
        EditReplyDraftCommand: {
            /** @description The text after "V/v" (a typed leading "V/v" is dropped). */
            subject: string;
            /** @description Opening text of the reply; empty prints the default opening. */
            body: string;
            recipient: string | null;
            results: components["schemas"]["ResultWording"][] | null;
            closing: string | null;
            copiesTo: string[] | null;
            /** Format: int64 */
            signerId: number | null;
        };
        /**
         * @description How a user wants their notifications by email.
         * @enum {string}
         */
        EmailPreference: "Immediate" | "Digest" | "None";
        /**
         * @description Why section 5 of the notice wants a case reported to the Party Standing Committee.
         * @enum {string}
         */
        EscalationReason: "Overdue" | "RepliedLate" | "AtRisk" | "BeyondAuthority" | "NewlyArising";
        FieldCode: {
            code: components["schemas"]["ProblemCode"];
            /** @description What the code's message needs, e.g. { "max": 200, "actual": 212 }; {} when nothing. */
            args: {
                [key: string]: unknown;
            };
        };
        GetCalendarYearCalendarYear: {
            /** Format: int32 */
            year: number;
            /** @description The year's holidays follow the rule; false when the seeds hold the year in full. */
            byRule: boolean;
            /**
             * @description A year by rule for which no swapped day has been entered: the government announces them each year (ngày làm
             *     bù, ngày nghỉ bù), so the administrator should enter them, or confirm there are none by saving an empty list.
             */
            swapsMissing: boolean;
            days: components["schemas"]["GetCalendarYearDay"][];
        };
        GetCalendarYearDay: {
            /** Format: date */
            date: string;
            name: string;
            working: boolean;
            source: components["schemas"]["GetCalendarYearDaySource"];
        };
        /** @enum {string} */
        GetCalendarYearDaySource: "Seed" | "Rule" | "Admin";
        /** @description A case with its "six clears", result, referral, replies and history. */
        GetCaseCaseDetail: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            petitionId: number;
            /** Format: int64 */
            sessionId: number;
            /**
             * Format: int32
             * @description The item's place within its petition (the bullet's order in the appendix).
             */
            itemNumber: number;
            text: string;
            category: components["schemas"]["Category"];
            location: string | null;
            status: components["schemas"]["CaseStatus"];
            /** Format: int64 */
            departmentId: number | null;
            departmentName: string | null;
            /** Format: int64 */
            suggestedDepartmentId: number | null;
            suggestedDepartmentName: string | null;
            /** Format: date */
            dueDate: string;
            /**
             * Format: date
             * @description The last working day before Petitions.Api.Features.Cases.CaseSummary.DueDate: the reply must be issued by then.
             */
            lastWorkingDay: string;
            overdue: boolean;
            atRisk: boolean;
            /** Format: date */
            repliedOn: string | null;
            /** Format: int32 */
            version: number;
            submitterName: string;
            submitterTitle: string;
            organisation: string;
            area: string | null;
            assignee: string | null;
            task: string | null;
            responsibleHead: string | null;
            expectedResult: string | null;
            /** @description Rõ thẩm quyền: whose authority the resolution rests on. */
            authority: string | null;
            result: string | null;
            referredTo: string | null;
            referralLetter: string | null;
            /** @description Why the ward declined the case as not its to handle (status Refused); null otherwise. */
            refusalReason: string | null;
            original: components["schemas"]["GetCaseOriginal"] | null;
            /** @description Every correction, oldest first: field, before, after, reason, who and when. */
            corrections: components["schemas"]["GetCaseCorrection"][];
            /**
             * Format: int32
             * @description The group leader's satisfaction when they accepted the reply: 1 to 5, null when they gave none (or the case is
             *     not closed). Given once, with the acceptance, and never changed.
             */
            rating: number | null;
            ratingComment: string | null;
            /** Format: date-time */
            ratedAt: string | null;
            /** @description The departments that support the lead one (phối hợp): they see the case and add notes. */
            supportingDepartments: components["schemas"]["GetCaseDepartmentRef"][];
            replies: components["schemas"]["GetCaseReplyRef"][];
            history: components["schemas"]["GetCaseHistoryEntry"][];
        };
        GetCaseCorrection: {
            field: components["schemas"]["CorrectedField"];
            before: string | null;
            after: string | null;
            reason: string;
            actor: string;
            actorName: string | null;
            /** Format: date-time */
            at: string;
        };
        GetCaseDepartmentRef: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        /** @description One event: who did what, when, and the status before and after. */
        GetCaseHistoryEntry: {
            /** Format: date-time */
            at: string;
            /** @description The acting user's username. */
            actor: string;
            /** @description The acting user's display name; null when the actor is no user (the seeds). */
            actorName: string | null;
            action: components["schemas"]["CaseAction"];
            from: components["schemas"]["CaseStatus"] | null;
            to: components["schemas"]["CaseStatus"];
            details: unknown;
        };
        /** @description Wording, category and location as the petition gave them (a field never corrected: as it is now). */
        GetCaseOriginal: {
            text: string;
            category: components["schemas"]["Category"];
            location: string | null;
            /** @description The fields that differ from the original through a correction. */
            corrected: components["schemas"]["CorrectedField"][];
        };
        GetCaseReplyRef: {
            /** Format: int64 */
            id: number;
            status: components["schemas"]["ReplyStatus"];
            /** @description Registered or sent: the petitioner has it (Petitions.Api.Domain.ReplyLifecycle.Out). */
            readonly isOut: boolean;
            /** Format: int32 */
            number: number | null;
            /** Format: date */
            issuedOn: string | null;
        };
        /** @description Null where the count is not the caller's to see. */
        GetCountsCounts: {
            /** Format: int32 */
            unread: number;
            /**
             * Format: int32
             * @description Received cases of the ward (dispatchers).
             */
            toTriage: number | null;
            /**
             * Format: int32
             * @description Assigned and in-progress cases of the department (department officers).
             */
            openInMyDepartment: number | null;
            /**
             * Format: int32
             * @description Issued replies the group leader has not opened the notification of.
             */
            repliesToRead: number | null;
        };
        GetDashboardCategoryCount: {
            category: components["schemas"]["Category"];
            /** Format: int32 */
            count: number;
        };
        /** @description The department by its short name, as the case list gives it; null: not routed yet. */
        GetDashboardDepartmentCount: {
            /** Format: int64 */
            departmentId: number | null;
            departmentName: string | null;
            /** Format: int32 */
            count: number;
        };
        GetDashboardStatusCount: {
            status: components["schemas"]["CaseStatus"];
            /** Format: int32 */
            count: number;
        };
        /**
         * @description Petitions.Api.Features.Dashboard.GetDashboard.Summary.OnTime: replied before the due date ("trước ngày 20/4/2026"), as the session report counts it;
         *                 Petitions.Api.Features.Dashboard.GetDashboard.Summary.Overdue: no reply and the due date has come.
         */
        GetDashboardSummary: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            replied: number;
            /** Format: int32 */
            overdue: number;
            /** Format: int32 */
            onTime: number;
            byStatus: components["schemas"]["GetDashboardStatusCount"][];
            byCategory: components["schemas"]["GetDashboardCategoryCount"][];
            byDepartment: components["schemas"]["GetDashboardDepartmentCount"][];
            ratings: components["schemas"]["RatingSummary"];
        };
        GetMeMe: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            /** Format: int64 */
            wardId: number | null;
            wardName: string | null;
            /** Format: int64 */
            departmentId: number | null;
            departmentName: string | null;
            organisation: string | null;
        };
        GetPetitionPetitionDetail: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            sessionId: number;
            /**
             * Format: int32
             * @description The petition's STT within its session.
             */
            number: number;
            submitterName: string;
            submitterTitle: string;
            organisation: string;
            area: string | null;
            /** @description Cơ quan chủ trì: "UBND phường" for every appendix row. */
            leadAgency: string;
            /** Format: date-time */
            submittedAt: string;
            cases: components["schemas"]["CaseSummary"][];
        };
        GetReplyCoveredCase: {
            /** Format: int64 */
            id: number;
            text: string;
            status: components["schemas"]["CaseStatus"];
            departmentName: string | null;
            result: string | null;
            referredTo: string | null;
            /** @description How the letter words the result; null prints the recorded result. */
            resultWording: string | null;
        };
        GetReplyReplyDetail: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            petitionId: number;
            organisation: string;
            subject: string;
            body: string;
            status: components["schemas"]["ReplyStatus"];
            /** @description Registered or sent: the petitioner has it (Petitions.Api.Domain.ReplyLifecycle.Out). */
            readonly isOut: boolean;
            /** @description "Kính gửi:" as the draft words it; null prints the default. */
            recipient: string | null;
            closing: string | null;
            /** @description The "Nơi nhận:" lines as the draft words them; null prints the default. */
            copiesTo: string[] | null;
            /** Format: int64 */
            signerId: number | null;
            /** @description "Nguyễn Văn A – Phó Chủ tịch (KT.)"; null while no signer is chosen. */
            signer: string | null;
            /** Format: int32 */
            number: number | null;
            /** Format: int32 */
            year: number | null;
            /** Format: date */
            issuedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The drafter's username. */
            createdBy: string;
            /** @description The drafter's display name; null when they are no user. */
            createdByName: string | null;
            cases: components["schemas"]["GetReplyCoveredCase"][];
            /** @description The letter's steps: who, when, from and to which status, and what they recorded. */
            history: components["schemas"]["GetReplyStep"][];
        };
        GetReplyStep: {
            /** Format: date-time */
            at: string;
            actor: string;
            /** @description The actor's display name, for people to read; null for an actor that is no user. */
            actorName: string | null;
            action: components["schemas"]["ReplyAction"];
            from: components["schemas"]["ReplyStatus"];
            to: components["schemas"]["ReplyStatus"];
            details: unknown;
        };
        /** @description How many cases fall under one key (a category code, a department name or null for none yet, a status). */
        GetSessionReportCount: {
            key: string | null;
            /** Format: int32 */
            cases: number;
        };
        GetSessionReportEscalated: {
            /** Format: int64 */
            caseId: number;
            /** Format: int32 */
            stt: number;
            content: string;
            department: string | null;
            status: components["schemas"]["CaseStatus"];
            /** Format: date */
            dueDate: string;
            referredTo: string | null;
            reasons: components["schemas"]["EscalationReason"][];
        };
        GetSessionReportReport: {
            session: components["schemas"]["GetSessionReportSessionInfo"];
            /** @description "Phường Yên Hòa", from `wards.name`. */
            wardName: string;
            /** @description "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", from `wards.superior_party`; null prints nothing. */
            superiorParty: string | null;
            /**
             * Format: int32
             * @description The report's number of the ward and year, "Số 03-BC/ĐU": given when the session is marked reported.
             */
            reportNumber: number | null;
            /**
             * Format: date
             * @description The day the report was registered (marked reported); its date line prints it.
             */
            reportedOn: string | null;
            signer: components["schemas"]["GetSessionReportReportSigner"] | null;
            /**
             * Format: date
             * @description The day the report was made: deadlines and escalations are as of this day.
             */
            generatedOn: string;
            /** @description One row per case, in the appendix's order (STT, then the item's place in its petition). */
            rows: components["schemas"]["GetSessionReportRow"][];
            summary: components["schemas"]["GetSessionReportSummary"];
            /** @description The session's cases that section 5 wants reported, each with its reasons. */
            escalations: components["schemas"]["GetSessionReportEscalated"][];
            ratings: components["schemas"]["RatingSummary"];
        };
        GetSessionReportReportSigner: {
            name: string;
            position: string;
            form: components["schemas"]["SigningForm"];
        };
        GetSessionReportRow: {
            /**
             * Format: int32
             * @description The petition's STT in the appendix.
             */
            stt: number;
            /** Format: int64 */
            petitionId: number;
            /** Format: int64 */
            caseId: number;
            /** Format: int32 */
            itemNumber: number;
            /** @description "Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)", as the appendix writes it. */
            submitter: string;
            organisation: string;
            /** @description The case text, verbatim. */
            content: string;
            category: components["schemas"]["Category"];
            categoryName: string;
            leadAgency: string;
            /** @description The appendix's "Ghi chú" on the petition, if any. */
            note: string | null;
            /** @description The department's full name; null while the case is not routed. */
            department: string | null;
            status: components["schemas"]["CaseStatus"];
            result: string | null;
            referredTo: string | null;
            referralLetter: string | null;
            /** @description Why the ward declined the case as not its to handle (status Refused). */
            refusalReason: string | null;
            /** @description The latest issued reply covering the case, as printed: "07/UBND-VP". */
            replyNumber: string | null;
            /** Format: date */
            replyIssuedOn: string | null;
            /** Format: date */
            dueDate: string;
            timeliness: components["schemas"]["ReplyTimeliness"];
            escalations: components["schemas"]["EscalationReason"][];
            /** @description The six clears of the case's assignment (Petitions.Api.Domain.SixClears, with Petitions.Api.Features.Sessions.GetSessionReport.Row.DueDate); null when it has none. */
            assignee: string | null;
            task: string | null;
            responsibleHead: string | null;
            expectedResult: string | null;
            authority: string | null;
            /**
             * Format: int32
             * @description The group leader's rating (1–5) when they accepted the reply; null: none given, or not accepted yet.
             */
            rating: number | null;
            ratingComment: string | null;
        };
        GetSessionReportSessionInfo: {
            /** Format: int64 */
            id: number;
            code: string;
            title: string;
            /** Format: date */
            heldOn: string;
            /** Format: date */
            replyDeadline: string;
            /** Format: date */
            lastWorkingDay: string;
        };
        GetSessionReportSummary: {
            /** Format: int32 */
            petitionCount: number;
            /** Format: int32 */
            caseCount: number;
            /** Format: int32 */
            onTime: number;
            /** Format: int32 */
            late: number;
            /** Format: int32 */
            notReplied: number;
            /**
             * Format: int32
             * @description Cases the ward declined as not its to handle (status Refused), each answered by its reason.
             */
            refused: number;
            /**
             * Format: double
             * @description Cases answered on time over all cases of the session, 0..1.
             */
            onTimeShare: number;
            byCategory: components["schemas"]["GetSessionReportCount"][];
            byDepartment: components["schemas"]["GetSessionReportCount"][];
            byStatus: components["schemas"]["GetSessionReportCount"][];
        };
        /** @description One event of the log. */
        ListActivityEntry: {
            kind: components["schemas"]["ActivityKind"];
            /**
             * Format: int64
             * @description The event's id within its kind.
             */
            id: number;
            /** Format: date-time */
            at: string;
            /** @description The acting user's username. */
            actor: string;
            /** @description The acting user's display name; null when the actor is no user (the seeds). */
            actorName: string | null;
            /** @description A Petitions.Api.Domain.CaseAction for a case event, a Petitions.Api.Domain.ReplyAction for a reply step. */
            action: string;
            /** @description The status before (a case's or a reply's, by kind). */
            from: string | null;
            to: string;
            /**
             * Format: int64
             * @description The case of a case event; null for a reply step (see Petitions.Api.Features.Activity.ListActivity.Entry.CaseIds).
             */
            caseId: number | null;
            /** @description The cases a reply covers; a case event's own case. */
            caseIds: number[];
            /** Format: int64 */
            replyId: number | null;
            /** @description The reply's number as printed, "07/UBND-VP", once registered. */
            replyNumber: string | null;
            /** Format: int64 */
            petitionId: number;
            /**
             * Format: int32
             * @description The petition's STT in its session.
             */
            stt: number;
            /** Format: int64 */
            sessionId: number;
            sessionCode: string;
            /** @description The case's text, or the reply's subject (V/v …). */
            subject: string;
            /**
             * Format: int64
             * @description The lead department of the case; of a reply, its cases' departments.
             */
            departmentId: number | null;
            departmentName: string | null;
            /** @description What the action recorded (a reason, a result, a rating …), as the history keeps it. */
            details: unknown;
        };
        ListActivityPage: {
            items: components["schemas"]["ListActivityEntry"][];
            nextCursor: string | null;
        };
        ListCasesPage: {
            items: components["schemas"]["CaseSummary"][];
            nextCursor: string | null;
        };
        ListCategoriesCategoryInfo: {
            code: components["schemas"]["Category"];
            name: string;
            nameEn: string;
            /**
             * Format: int64
             * @description The department a new case of this category is suggested to go to, in this ward.
             */
            defaultDepartmentId: number | null;
        };
        ListDepartmentsDepartment: {
            /** Format: int64 */
            id: number;
            code: string;
            shortName: string;
            name: string;
        };
        ListEscalationsEscalatedCase: {
            /** Format: int64 */
            caseId: number;
            /** Format: int64 */
            petitionId: number;
            /** Format: int64 */
            sessionId: number;
            sessionTitle: string;
            /**
             * Format: int32
             * @description The petition's STT in its session.
             */
            stt: number;
            text: string;
            category: components["schemas"]["Category"];
            status: components["schemas"]["CaseStatus"];
            /** Format: int64 */
            departmentId: number | null;
            departmentName: string | null;
            submitterName: string;
            organisation: string;
            /** Format: date */
            dueDate: string;
            /** Format: date */
            lastWorkingDay: string;
            /** Format: date */
            repliedOn: string | null;
            referredTo: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            sessionHeldOn: string;
            reasons: components["schemas"]["EscalationReason"][];
        };
        /** @description What the user was told: the same Vietnamese subject and text as the email, and the web app's path of what it is about. */
        ListNotificationsNotification: {
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["NotificationKind"];
            /** Format: int64 */
            caseId: number | null;
            /** Format: int64 */
            replyId: number | null;
            subject: string;
            body: string;
            link: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        ListNotificationsResult: {
            /** Format: int32 */
            unread: number;
            items: components["schemas"]["ListNotificationsNotification"][];
        };
        ListSignersSigner: {
            /** Format: int64 */
            id: number;
            name: string;
            /** @description As printed under the authority line, e.g. "Phó Chủ tịch", "Chánh Văn phòng". */
            position: string;
            form: components["schemas"]["SigningForm"];
            /** @description No longer chosen for new letters; letters they signed keep their name. */
            disabled: boolean;
            /** @description The lines printed above the signature, e.g. ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]. */
            readonly lines: string[];
            /** @description Whether the form is one of the People's Committee's (replies) or the Party's (reports). */
            readonly signsReplies: boolean;
        };
        ListSignersSignerList: {
            signers: components["schemas"]["ListSignersSigner"][];
            /**
             * Format: int64
             * @description Who signs a new reply unless the draft chooses another.
             */
            replySignerId: number | null;
            /**
             * Format: int64
             * @description Who signs the session report unless the Party Office chooses another.
             */
            reportSignerId: number | null;
        };
        ListWardsWard: {
            /** Format: int64 */
            id: number;
            /** @description Lower-case and unique, e.g. yen-hoa. */
            code: string;
            /** @description As documents print it, e.g. "Phường Yên Hòa". */
            name: string;
            /** @description The upper-level Party organisation the Party's documents print, e.g. "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI". */
            superiorParty: string | null;
            departments: components["schemas"]["ListDepartmentsDepartment"][];
            /** Format: int32 */
            users: number;
        };
        MarkNotificationsReadResult: {
            /** Format: int32 */
            unread: number;
        };
        /** @enum {string} */
        NoteKind: "Internal" | "Progress";
        /** @description Replaces the whole table, in the order given. */
        NoticeKeywordsCommand: {
            keywords: components["schemas"]["NoticeKeywordsKeyword"][];
        };
        NoticeKeywordsKeyword: {
            text: string;
            category: components["schemas"]["Category"];
            /**
             * Format: int64
             * @description Null: the category's default department in the ward.
             */
            departmentId: number | null;
        };
        /**
         * @description What a user is told about.
         * @enum {string}
         */
        NotificationKind: "CaseRouted" | "CaseReopened" | "CaseReturned" | "CaseResolved" | "PetitionReceived" | "ReplyIssued" | "CaseRefused" | "Digest";
        NotificationSettingsCommand: {
            email: string | null;
            emailPreference: components["schemas"]["EmailPreference"];
        };
        NotificationSettingsSettings: {
            /** @description Null: no email, the web app's list only. */
            email: string | null;
            emailPreference: components["schemas"]["EmailPreference"];
        };
        PreviewNoticeAccount: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: string;
            organisation: string;
        };
        PreviewNoticeDocument: {
            /** Format: int64 */
            id: number;
            name: string;
            mediaType: string;
            hash: string;
            /** Format: int64 */
            size: number;
            /**
             * Format: int64
             * @description Set when this same notice was already confirmed: confirming again creates nothing.
             */
            importedSessionId: number | null;
        };
        PreviewNoticeItemDraft: {
            /** Format: int32 */
            line: number;
            text: string;
            category: components["schemas"]["Category"];
            /** Format: int64 */
            departmentId: number | null;
            /** @description The keyword that suggested the category, null when none did. */
            keyword: string | null;
        };
        PreviewNoticePetitionDraft: {
            /** Format: int32 */
            number: number;
            /** Format: int32 */
            line: number;
            submitterText: string;
            submitter: components["schemas"]["SubmitPetitionSubmitter"];
            leadAgency: string;
            note: string | null;
            account: components["schemas"]["PreviewNoticeAccount"] | null;
            items: components["schemas"]["PreviewNoticeItemDraft"][];
        };
        PreviewNoticePreview: {
            document: components["schemas"]["PreviewNoticeDocument"];
            session: components["schemas"]["PreviewNoticeSessionDraft"];
            petitions: components["schemas"]["PreviewNoticePetitionDraft"][];
            unmatchedOrganisations: string[];
            unparsed: components["schemas"]["UnparsedLine"][];
        };
        PreviewNoticeSessionDraft: {
            code: string | null;
            title: string | null;
            /** Format: date */
            heldOn: string | null;
            /** Format: date */
            replyDeadline: string | null;
            /**
             * Format: int64
             * @description The ward's session with this code, if there is one (the preview suggests it).
             */
            existingSessionId: number | null;
        };
        /** @description The pasted appendix (tabs between cells, or one cell a line). */
        PreviewNoticeTextBody: {
            text: string;
        };
        /** @description RFC 9457 problem details. Read code and args; title and detail are English for people reading logs. */
        Problem: {
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string | null;
            code: components["schemas"]["ProblemCode"];
            /** @description What the code's message needs, e.g. { "max": 200, "actual": 212 }; {} when nothing. */
            args: {
                [key: string]: unknown;
            };
            /** @description 400 only: each field's messages in English, as outside tools have always read them. */
            errors?: {
                [key: string]: string[];
            };
            /** @description 400 only: each field's codes and args, beside errors. */
            fieldCodes?: {
                [key: string]: components["schemas"]["FieldCode"][];
            };
        };
        /**
         * @description A refusal's stable code; the problem's type is "tag:petitions,2026:problem/" followed by it.
         * @enum {string}
         */
        ProblemCode: "accountLocked" | "activity.action.unknown" | "activity.actor.tooLong" | "activity.cursor.unknown" | "activity.limit.outOfRange" | "activity.to.beforeFrom" | "antiforgeryRejected" | "attachment.file.required" | "attachment.image.unreadable" | "attachment.kind.unknown" | "attachment.type.unsupported" | "attachmentNotNow" | "attachmentsRecordFull" | "badRequest" | "body.expectedString" | "body.malformed" | "body.nullNotAllowed" | "body.unknownName" | "calendar.day.date.otherYear" | "calendar.day.date.wrongKind" | "calendar.day.name.required" | "calendar.day.name.tooLong" | "calendar.day.required" | "calendar.days.duplicate" | "calendar.days.tooMany" | "calendarYearSeeded" | "cannotDisableSelf" | "case.assign.assignee.required" | "case.assign.assignee.tooLong" | "case.assign.authority.required" | "case.assign.authority.tooLong" | "case.assign.departmentId.required" | "case.assign.dueDate.past" | "case.assign.expectedResult.required" | "case.assign.expectedResult.tooLong" | "case.assign.responsibleHead.required" | "case.assign.responsibleHead.tooLong" | "case.assign.task.required" | "case.assign.task.tooLong" | "case.close.comment.tooLong" | "case.close.comment.withoutRating" | "case.close.rating.outOfRange" | "case.correct.location.tooLong" | "case.correct.reason.required" | "case.correct.reason.tooLong" | "case.correct.text.required" | "case.correct.text.tooLong" | "case.note.text.required" | "case.note.text.tooLong" | "case.refer.agency.required" | "case.refer.agency.tooLong" | "case.refer.referralLetter.required" | "case.refer.referralLetter.tooLong" | "case.refuse.reason.required" | "case.refuse.reason.tooLong" | "case.reopen.dueDate.past" | "case.reopen.reason.required" | "case.reopen.reason.tooLong" | "case.reroute.reason.required" | "case.reroute.reason.tooLong" | "case.resolve.result.required" | "case.resolve.result.tooLong" | "case.return.reason.required" | "case.return.reason.tooLong" | "case.route.cases.repeated" | "case.route.cases.required" | "case.route.cases.tooMany" | "case.supporting.departmentIds.lead" | "case.supporting.departmentIds.repeated" | "case.supporting.departmentIds.tooMany" | "caseCorrectionAfterLetter" | "caseCorrectionUnchanged" | "cases.cursor.unknown" | "cases.limit.outOfRange" | "cases.organisation.tooLong" | "cases.q.tooLong" | "cases.submittedTo.beforeFrom" | "casesNotFound" | "casesNotRoutable" | "cityLevelReadOnly" | "department.code.format" | "department.code.required" | "department.name.required" | "department.name.tooLong" | "department.shortName.required" | "department.shortName.tooLong" | "departmentCodeTaken" | "departmentId.unknown" | "document.format.unknown" | "forbidden" | "idempotencyKeyReused" | "ifMatch.invalid" | "internalError" | "leadDepartmentOnly" | "methodNotAllowed" | "notFound" | "notice.appendix.empty" | "notice.appendix.notFound" | "notice.documentId.required" | "notice.documentId.unknown" | "notice.file.required" | "notice.item.category.unknown" | "notice.item.departmentId.unknown" | "notice.keyword.category.unknown" | "notice.keyword.departmentId.unknown" | "notice.keyword.required" | "notice.keyword.text.required" | "notice.keyword.text.tooLong" | "notice.keywords.required" | "notice.keywords.tooMany" | "notice.petition.leadAgency.required" | "notice.petition.leadAgency.tooLong" | "notice.petition.note.tooLong" | "notice.petition.required" | "notice.petitions.required" | "notice.petitions.tooMany" | "notice.session.required" | "notice.text.required" | "notifications.email.format" | "notifications.email.tooLong" | "notifications.emailPreference.unknown" | "notifications.limit.outOfRange" | "otherOrganisation" | "payloadTooLarge" | "petition.idempotencyKey.invalid" | "petition.idempotencyKey.tooLong" | "petition.item.location.tooLong" | "petition.item.required" | "petition.item.text.required" | "petition.item.text.tooLong" | "petition.items.required" | "petition.items.tooMany" | "petition.sessionId.required" | "petition.sessionId.unknown" | "petition.submitter.area.tooLong" | "petition.submitter.name.required" | "petition.submitter.name.tooLong" | "petition.submitter.organisation.required" | "petition.submitter.organisation.tooLong" | "petition.submitter.required" | "petition.submitter.title.required" | "petition.submitter.title.tooLong" | "query.invalidValue" | "referredCaseNotReplied" | "reply.body.required" | "reply.body.tooLong" | "reply.caseIds.duplicate" | "reply.caseIds.otherPetition" | "reply.caseIds.required" | "reply.closing.tooLong" | "reply.copiesTo.required" | "reply.copiesTo.tooLong" | "reply.copiesTo.tooMany" | "reply.petitionId.required" | "reply.petitionId.unknown" | "reply.recipient.tooLong" | "reply.results.caseNotCovered" | "reply.results.required" | "reply.results.text.tooLong" | "reply.return.reason.required" | "reply.return.reason.tooLong" | "reply.signerId.unknown" | "reply.subject.required" | "reply.subject.tooLong" | "replyCaseNotReady" | "replyNotOut" | "replySignerMissing" | "replyStepRefused" | "session.code.format" | "session.code.required" | "session.heldOn.required" | "session.replyDeadline.beforeMeeting" | "session.report.signerId.unknown" | "session.title.required" | "session.title.tooLong" | "sessionAlreadyReported" | "sessionClosed" | "sessionCodeTaken" | "sessionDeadlinePassed" | "signIn.password.required" | "signIn.password.tooLong" | "signIn.username.required" | "signIn.username.tooLong" | "signInRefused" | "signInRequired" | "signer.default.wrongForm" | "signer.name.required" | "signer.name.tooLong" | "signer.position.required" | "signer.position.tooLong" | "signerIsDefault" | "staleVersion" | "storageBusy" | "storageFull" | "storageReadOnly" | "text.controlCharacter" | "text.invalidCharacter" | "tooManyRequests" | "transitionRefused" | "unsupportedMediaType" | "user.departmentId.required" | "user.displayName.required" | "user.displayName.tooLong" | "user.organisation.required" | "user.organisation.tooLong" | "user.password.tooLong" | "user.password.tooShort" | "user.role.required" | "user.username.format" | "user.username.required" | "user.wardId.otherWard" | "user.wardId.required" | "usernameTaken" | "validation" | "ward.code.format" | "ward.code.required" | "ward.departments.duplicateCode" | "ward.departments.required" | "ward.departments.tooMany" | "ward.name.required" | "ward.name.tooLong" | "ward.superiorParty.required" | "ward.superiorParty.tooLong" | "wardCodeTaken";
        RatingCount: {
            /** Format: int32 */
            rating: number;
            /** Format: int32 */
            count: number;
        };
        /**
         * @description The ratings (1 to 5) group leaders gave as they accepted replies: how many, their average (null with none) and
         *     how many of each, 1 to 5 (zeros included).
         */
        RatingSummary: {
            /** Format: int32 */
            count: number;
            /** Format: double */
            average: number | null;
            distribution: components["schemas"]["RatingCount"][];
        };
        ReferCaseCommand: {
            /** @description The agency the case goes to, e.g. "Sở Xây dựng Hà Nội". */
            agency: string;
            /** @description The referral letter: its number, date and gist. */
            referralLetter: string;
        };
        RefuseCaseCommand: {
            /** @description Why the ward does not handle it, as the group leader will read it. */
            reason: string;
        };
        RegisterReplyResult: {
            /** Format: int64 */
            id: number;
            status: components["schemas"]["ReplyStatus"];
            /** Format: int32 */
            number: number;
            /** Format: int32 */
            year: number;
            /** Format: date */
            issuedOn: string;
            cases: components["schemas"]["CaseChange"][];
        };
        RenameDepartmentCommand: {
            shortName: string;
            name: string;
        };
        ReopenCaseCommand: {
            reason: string;
            /**
             * Format: date
             * @description The new due date; left out, the session's reply deadline while it is ahead, else
             *     `Deadlines:WorkingDays` working days from today.
             */
            dueDate: string | null;
        };
        /** @enum {string} */
        ReplyAction: "Edit" | "Submit" | "Return" | "Sign" | "Register" | "Send";
        /**
         * @description A letter's life in an office (DESIGN.md): drafted, submitted for signature, signed, registered, sent.
         * @enum {string}
         */
        ReplyStatus: "Draft" | "Submitted" | "Signed" | "Registered" | "Sent";
        /** @description A step's answer: the reply's new status. */
        ReplyStepsResult: {
            /** Format: int64 */
            id: number;
            status: components["schemas"]["ReplyStatus"];
        };
        /** @enum {string} */
        ReplyTimeliness: "OnTime" | "Late" | "NotReplied";
        RerouteCaseCommand: {
            reason: string;
            assignment: components["schemas"]["AssignCaseCommand"];
        };
        ResetPasswordCommand: {
            password: string;
        };
        ResolveCaseCommand: {
            /** @description What was done, as the reply will state it. */
            result: string;
        };
        ResultWording: {
            /** Format: int64 */
            caseId: number;
            text: string;
        };
        ReturnCaseCommand: {
            reason: string;
        };
        ReturnReplyCommand: {
            reason: string;
        };
        /**
         * @description Who uses Petitions (DESIGN.md, "Who uses it").
         * @enum {string}
         */
        Role: "GroupLeader" | "Dispatcher" | "DepartmentOfficer" | "PartyOffice" | "Overseer" | "Admin";
        RouteCasesCommand: {
            /** @description The cases to route, each with the version the dispatcher saw (null: no check, as without If-Match). */
            cases: components["schemas"]["RouteCasesSelected"][];
            assignment: components["schemas"]["AssignCaseCommand"];
        };
        /** @description Each case's new status and version, in the order sent. */
        RouteCasesResult: {
            items: components["schemas"]["CaseChange"][];
        };
        RouteCasesSelected: {
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            version: number | null;
        };
        SaveSignerCommand: {
            name: string;
            position: string;
            form: components["schemas"]["SigningForm"];
            disabled: boolean;
        };
        /** @description A meeting or intake round, its reply deadline and how far its cases have come. */
        SessionSummary: {
            /** Format: int64 */
            id: number;
            code: string;
            title: string;
            /** Format: date */
            heldOn: string;
            /**
             * Format: date
             * @description Replies must be issued before this date.
             */
            replyDeadline: string;
            /** Format: date */
            lastWorkingDay: string;
            isClosed: boolean;
            /** @description Open to petitions: not closed, and its reply deadline not yet come. */
            takesPetitions: boolean;
            /**
             * Format: date
             * @description When the Party Office marked the session's report as sent to the Party Committee; null until then.
             */
            reportedOn: string | null;
            /** @description The username of who marked it. */
            reportedBy: string | null;
            /** @description The display name of who marked it. */
            reportedByName: string | null;
            /** Format: int32 */
            petitionCount: number;
            /** Format: int32 */
            caseCount: number;
            /** Format: int32 */
            repliedCount: number;
        };
        SetCalendarSwapsCommand: {
            days: components["schemas"]["SetCalendarSwapsSwap"][];
        };
        SetCalendarSwapsSwap: {
            /** Format: date */
            date: string;
            name: string;
            /** @description True: a weekend day worked (làm bù); false: a working day off (nghỉ bù). */
            working: boolean;
        };
        SetCategoryDepartmentCommand: {
            /** Format: int64 */
            departmentId: number;
        };
        SetDefaultSignersCommand: {
            /**
             * Format: int64
             * @description A signer who signs with TM., KT. or Q. (the People's Committee).
             */
            replySignerId: number | null;
            /**
             * Format: int64
             * @description A signer who signs with T/L or T/M (the Party Committee).
             */
            reportSignerId: number | null;
        };
        SetSupportingDepartmentsCommand: {
            /** @description Every supporting department; an empty list leaves the lead alone. */
            departmentIds: number[];
        };
        SignInCommand: {
            username: string;
            password: string;
        };
        /**
         * @description How an official signs (thể thức ký): the People's Committee's forms of Nghị định 30/2020 for replies, the Party's
         *     of Hướng dẫn 36-HD/VPTW for reports.
         * @enum {string}
         */
        SigningForm: "OnBehalf" | "Deputy" | "Acting" | "ByOrder" | "PartyOnBehalf";
        SubmitPetitionCommand: {
            /** Format: int64 */
            sessionId: number;
            submitter: components["schemas"]["SubmitPetitionSubmitter"];
            items: components["schemas"]["SubmitPetitionItem"][];
        };
        SubmitPetitionItem: {
            text: string;
            category: components["schemas"]["Category"] | null;
            location: string | null;
        };
        SubmitPetitionResult: {
            /** Format: int64 */
            id: number;
            caseIds: number[];
        };
        SubmitPetitionSubmitter: {
            name: string;
            /** @description E.g. "Tổ trưởng TDP số 19", "Bí thư Chi bộ 13". */
            title: string;
            /** @description The residential group or Party cell spoken for, e.g. "TDP số 19"; replies go to it. */
            organisation: string;
            /** @description E.g. "Trung Hòa", "Yên Hòa". */
            area: string | null;
        };
        UnparsedLine: {
            /** Format: int32 */
            line: number;
            text: string;
            /**
             * @description `outsidePetition` (before the first numbered row), `noNumber` (a row without its STT),
             *                 `afterNote` (a row's cells beyond its note).
             */
            reason: string;
        };
        UpdateUserCommand: {
            displayName: string;
            role: components["schemas"]["Role"];
            /** Format: int64 */
            departmentId: number | null;
            organisation: string | null;
        };
        UserSummary: {
            /** Format: int64 */
            id: number;
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            /**
             * Format: int64
             * @description Null for a city-level user, who reads every ward.
             */
            wardId: number | null;
            /** Format: int64 */
            departmentId: number | null;
            organisation: string | null;
            isDisabled: boolean;
            /** Format: date-time */
            lockedUntil: string | null;
            /** @description False for a user who signs in only through the OpenID Connect provider. */
            hasPassword: boolean;
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
    ListActivity: {
        parameters: {
            query?: {
                /** @description The first day (Vietnam time) to include. */
                from?: string;
                /** @description The last day (Vietnam time) to include. */
                to?: string;
                /** @description Case events or reply steps only; both when left out. */
                kind?: components["schemas"]["ActivityKind"];
                /** @description A case action (Assign, Close, …) or a reply step (Sign, Register, …); with no kind, either. */
                action?: string;
                /** @description Events of cases the department leads; a reply's steps when one of its cases is the department's. */
                departmentId?: number;
                /** @description The actor's username exactly, or part of their display name. */
                actor?: string;
                /** @description One case's events, and the steps of the replies that cover it. */
                caseId?: number;
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "kind": "Case",
                     *           "id": 12,
                     *           "at": "2026-04-13T09:00:00+07:00",
                     *           "actor": "dispatcher",
                     *           "actorName": "Văn phòng HĐND và UBND",
                     *           "action": "Assign",
                     *           "from": "Received",
                     *           "to": "Assigned",
                     *           "caseId": 1,
                     *           "caseIds": [
                     *             1
                     *           ],
                     *           "replyId": null,
                     *           "replyNumber": null,
                     *           "petitionId": 1,
                     *           "stt": 1,
                     *           "sessionId": 1,
                     *           "sessionCode": "2026-Q1",
                     *           "subject": "Đề nghị nạo vét hệ thống thoát nước trước cổng trường THCS Trần Duy Hưng",
                     *           "departmentId": 2,
                     *           "departmentName": "KT-HT-ĐT",
                     *           "details": null
                     *         }
                     *       ],
                     *       "nextCursor": "MjAyNi0wNC0xM1QwOTowMDowMCswNzowMHwwfDEy"
                     *     }
                     */
                    "application/json": components["schemas"]["ListActivityPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListCaseAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 7,
                     *         "kind": "Intake",
                     *         "name": "ngo-20-ngap.jpg",
                     *         "mediaType": "image/jpeg",
                     *         "size": 1482211,
                     *         "width": 4032,
                     *         "height": 3024,
                     *         "isImage": true,
                     *         "uploadedAt": "2026-04-10T09:30:00+07:00",
                     *         "uploadedBy": "leader19"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AttachmentInfo"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttachToCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "(the file's bytes)",
                 *       "kind": "After"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["AttachmentsEndpointsUploadForm"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7,
                     *       "kind": "Intake",
                     *       "name": "ngo-20-ngap.jpg",
                     *       "mediaType": "image/jpeg",
                     *       "size": 1482211,
                     *       "width": 4032,
                     *       "height": 3024,
                     *       "isImage": true,
                     *       "uploadedAt": "2026-04-10T09:30:00+07:00",
                     *       "uploadedBy": "leader19"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/payloadTooLarge",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "Request bodies are limited to 5120 KiB here.",
                     *       "code": "payloadTooLarge",
                     *       "args": {
                     *         "limitKiB": 5120
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/unsupportedMediaType",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Expected a Word document (.docx: a zip holding word/document.xml).",
                     *       "code": "unsupportedMediaType",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListReplyAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 7,
                     *         "kind": "Intake",
                     *         "name": "ngo-20-ngap.jpg",
                     *         "mediaType": "image/jpeg",
                     *         "size": 1482211,
                     *         "width": 4032,
                     *         "height": 3024,
                     *         "isImage": true,
                     *         "uploadedAt": "2026-04-10T09:30:00+07:00",
                     *         "uploadedBy": "leader19"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AttachmentInfo"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttachToReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "(the file's bytes)",
                 *       "kind": "After"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["AttachmentsEndpointsUploadForm"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7,
                     *       "kind": "Intake",
                     *       "name": "ngo-20-ngap.jpg",
                     *       "mediaType": "image/jpeg",
                     *       "size": 1482211,
                     *       "width": 4032,
                     *       "height": 3024,
                     *       "isImage": true,
                     *       "uploadedAt": "2026-04-10T09:30:00+07:00",
                     *       "uploadedBy": "leader19"
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/payloadTooLarge",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "Request bodies are limited to 5120 KiB here.",
                     *       "code": "payloadTooLarge",
                     *       "args": {
                     *         "limitKiB": 5120
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/unsupportedMediaType",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Expected a Word document (.docx: a zip holding word/document.xml).",
                     *       "code": "unsupportedMediaType",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetAttachment: {
        parameters: {
            query?: {
                /** @description The stored sizes of an attachment. */
                variant?: components["schemas"]["AttachmentVariant"];
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "application/pdf": string;
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2028,
                     *       "byRule": true,
                     *       "swapsMissing": false,
                     *       "days": [
                     *         {
                     *           "date": "2028-01-01",
                     *           "name": "Tết Dương lịch",
                     *           "working": false,
                     *           "source": "Rule"
                     *         },
                     *         {
                     *           "date": "2028-01-24",
                     *           "name": "Nghỉ bù Tết (hoán đổi ngày làm việc)",
                     *           "working": false,
                     *           "source": "Admin"
                     *         },
                     *         {
                     *           "date": "2028-02-12",
                     *           "name": "Làm bù cho ngày 24/01/2028",
                     *           "working": true,
                     *           "source": "Admin"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetCalendarYearCalendarYear"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetCalendarSwaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": [
                 *         {
                 *           "date": "2028-01-24",
                 *           "name": "Nghỉ bù Tết (hoán đổi ngày làm việc)",
                 *           "working": false
                 *         },
                 *         {
                 *           "date": "2028-02-12",
                 *           "name": "Làm bù cho ngày 24/01/2028",
                 *           "working": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SetCalendarSwapsCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2028,
                     *       "byRule": true,
                     *       "swapsMissing": false,
                     *       "days": [
                     *         {
                     *           "date": "2028-01-01",
                     *           "name": "Tết Dương lịch",
                     *           "working": false,
                     *           "source": "Rule"
                     *         },
                     *         {
                     *           "date": "2028-01-24",
                     *           "name": "Nghỉ bù Tết (hoán đổi ngày làm việc)",
                     *           "working": false,
                     *           "source": "Admin"
                     *         },
                     *         {
                     *           "date": "2028-02-12",
                     *           "name": "Làm bù cho ngày 24/01/2028",
                     *           "working": true,
                     *           "source": "Admin"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetCalendarYearCalendarYear"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListCases: {
        parameters: {
            query?: {
                status?: components["schemas"]["CaseStatus"];
                departmentId?: number;
                /** @description The five bottlenecks of section 2.5 plus the other kinds seen in the appendix. */
                category?: components["schemas"]["Category"];
                sessionId?: number;
                overdue?: boolean;
                /** @description Free text over the case text, location and submitter; diacritics optional ("ung ngap" finds "úng ngập"). */
                q?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description True: awaiting a reply, not yet overdue, within two working days of its last working day (the case's `atRisk`). */
                atRisk?: boolean;
                /** @description The submitting residential group or Party cell, as the petition names it ("TDP số 19"). */
                organisation?: string;
                /** @description Submitted on or after this day (yyyy-MM-dd, Vietnam time). */
                submittedFrom?: string;
                /** @description Submitted on or before this day (yyyy-MM-dd, Vietnam time); not before SubmittedFrom. */
                submittedTo?: string;
                /** @description The open cases GET /api/escalations lists under this reason. */
                escalationReason?: components["schemas"]["EscalationReason"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "petitionId": 1,
                     *           "sessionId": 1,
                     *           "itemNumber": 1,
                     *           "text": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *           "category": "Flooding",
                     *           "location": "Trường THCS Trần Duy Hưng, Trường Mầm non Hoa Sen",
                     *           "status": "Assigned",
                     *           "departmentId": 2,
                     *           "departmentName": "KT-HT-ĐT",
                     *           "suggestedDepartmentId": 2,
                     *           "suggestedDepartmentName": "KT-HT-ĐT",
                     *           "dueDate": "2026-04-20",
                     *           "lastWorkingDay": "2026-04-17",
                     *           "overdue": false,
                     *           "atRisk": true,
                     *           "repliedOn": null,
                     *           "version": 2,
                     *           "submitterName": "Nguyễn Bảo Bình",
                     *           "submitterTitle": "Tổ trưởng TDP số 19",
                     *           "organisation": "TDP số 19",
                     *           "area": "Trung Hòa"
                     *         }
                     *       ],
                     *       "nextCursor": "aWQ6MQ=="
                     *     }
                     */
                    "application/json": components["schemas"]["ListCasesPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CountCases: {
        parameters: {
            query?: {
                status?: components["schemas"]["CaseStatus"];
                departmentId?: number;
                /** @description The five bottlenecks of section 2.5 plus the other kinds seen in the appendix. */
                category?: components["schemas"]["Category"];
                sessionId?: number;
                overdue?: boolean;
                atRisk?: boolean;
                organisation?: string;
                submittedFrom?: string;
                submittedTo?: string;
                /** @description Why section 5 of the notice wants a case reported to the Party Standing Committee. */
                escalationReason?: components["schemas"]["EscalationReason"];
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 12,
                     *       "byCategory": [
                     *         {
                     *           "category": "TrafficCongestion",
                     *           "count": 3
                     *         },
                     *         {
                     *           "category": "Security",
                     *           "count": 3
                     *         }
                     *       ],
                     *       "bySuggestedDepartment": [
                     *         {
                     *           "departmentId": 2,
                     *           "departmentName": "KT-HT-ĐT",
                     *           "count": 6
                     *         },
                     *         {
                     *           "departmentId": 5,
                     *           "departmentName": "Công an phường",
                     *           "count": 6
                     *         }
                     *       ],
                     *       "byOrganisation": [
                     *         {
                     *           "organisation": "Chi bộ 13",
                     *           "count": 1
                     *         },
                     *         {
                     *           "organisation": "TDP số 19",
                     *           "count": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CountCasesCounts"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RouteCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cases": [
                 *         {
                 *           "id": 1,
                 *           "version": 1
                 *         },
                 *         {
                 *           "id": 2,
                 *           "version": 1
                 *         }
                 *       ],
                 *       "assignment": {
                 *         "departmentId": 2,
                 *         "assignee": "Trần Văn Nam, cán bộ phụ trách hạ tầng",
                 *         "task": "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
                 *         "dueDate": "2026-04-17",
                 *         "responsibleHead": "Trưởng phòng KT-HT-ĐT",
                 *         "expectedResult": "Cống thông thoát trước mùa mưa",
                 *         "authority": "Chủ tịch UBND phường"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RouteCasesCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "status": "Assigned",
                     *           "version": 2
                     *         },
                     *         {
                     *           "id": 2,
                     *           "status": "Assigned",
                     *           "version": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RouteCasesResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportCases: {
        parameters: {
            query?: {
                status?: components["schemas"]["CaseStatus"];
                departmentId?: number;
                /** @description The five bottlenecks of section 2.5 plus the other kinds seen in the appendix. */
                category?: components["schemas"]["Category"];
                sessionId?: number;
                overdue?: boolean;
                /** @description Free text over the case text, location and submitter; diacritics optional ("ung ngap" finds "úng ngập"). */
                q?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description True: awaiting a reply, not yet overdue, within two working days of its last working day (the case's `atRisk`). */
                atRisk?: boolean;
                /** @description The submitting residential group or Party cell, as the petition names it ("TDP số 19"). */
                organisation?: string;
                /** @description Submitted on or after this day (yyyy-MM-dd, Vietnam time). */
                submittedFrom?: string;
                /** @description Submitted on or before this day (yyyy-MM-dd, Vietnam time); not before SubmittedFrom. */
                submittedTo?: string;
                /** @description The open cases GET /api/escalations lists under this reason. */
                escalationReason?: components["schemas"]["EscalationReason"];
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Mã nội dung;Kiến nghị;Người kiến nghị;Tổ chức;Nội dung kiến nghị;Lĩnh vực;Địa điểm;Trạng thái;…
                     *     1;1;Nguyễn Bảo Bình – Tổ trưởng TDP số 19;TDP số 19;Đề nghị nạo vét công …;Úng ngập;…;Assigned;KT-HT-ĐT;2026-04-20;2026-04-17;Không;
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assignee": "Trần Văn Nam, cán bộ phụ trách hạ tầng",
                     *       "task": "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
                     *       "responsibleHead": "Trưởng phòng KT-HT-ĐT",
                     *       "expectedResult": "Cống thông thoát trước mùa mưa",
                     *       "authority": "Chủ tịch UBND phường",
                     *       "result": null,
                     *       "referredTo": null,
                     *       "referralLetter": null,
                     *       "refusalReason": null,
                     *       "original": null,
                     *       "corrections": [],
                     *       "rating": null,
                     *       "ratingComment": null,
                     *       "ratedAt": null,
                     *       "supportingDepartments": [],
                     *       "replies": [],
                     *       "history": [
                     *         {
                     *           "at": "2026-04-10T17:00:00+07:00",
                     *           "actor": "seed",
                     *           "actorName": null,
                     *           "action": "Submit",
                     *           "from": null,
                     *           "to": "Received",
                     *           "details": null
                     *         },
                     *         {
                     *           "at": "2026-04-13T17:00:00+07:00",
                     *           "actor": "dispatcher",
                     *           "actorName": "Văn phòng HĐND và UBND",
                     *           "action": "Assign",
                     *           "from": "Received",
                     *           "to": "Assigned",
                     *           "details": null
                     *         }
                     *       ],
                     *       "id": 1,
                     *       "petitionId": 1,
                     *       "sessionId": 1,
                     *       "itemNumber": 1,
                     *       "text": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *       "category": "Flooding",
                     *       "location": "Trường THCS Trần Duy Hưng, Trường Mầm non Hoa Sen",
                     *       "status": "Assigned",
                     *       "departmentId": 2,
                     *       "departmentName": "KT-HT-ĐT",
                     *       "suggestedDepartmentId": 2,
                     *       "suggestedDepartmentName": "KT-HT-ĐT",
                     *       "dueDate": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "overdue": false,
                     *       "atRisk": true,
                     *       "repliedOn": null,
                     *       "version": 2,
                     *       "submitterName": "Nguyễn Bảo Bình",
                     *       "submitterTitle": "Tổ trưởng TDP số 19",
                     *       "organisation": "TDP số 19",
                     *       "area": "Trung Hòa"
                     *     }
                     */
                    "application/json": components["schemas"]["GetCaseCaseDetail"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssignCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": 2,
                 *       "assignee": "Trần Văn Nam, cán bộ phụ trách hạ tầng",
                 *       "task": "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
                 *       "dueDate": "2026-04-17",
                 *       "responsibleHead": "Trưởng phòng KT-HT-ĐT",
                 *       "expectedResult": "Cống thông thoát trước mùa mưa",
                 *       "authority": "Chủ tịch UBND phường"
                 *     }
                 */
                "application/json": components["schemas"]["AssignCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StartCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResolveCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "result": "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường."
                 *     }
                 */
                "application/json": components["schemas"]["ResolveCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Nội dung thuộc lĩnh vực an ninh trật tự, đề nghị chuyển Công an phường."
                 *     }
                 */
                "application/json": components["schemas"]["ReturnCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RerouteCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Nội dung liên quan trật tự lòng đường, chuyển Công an phường chủ trì.",
                 *       "assignment": {
                 *         "departmentId": 5,
                 *         "assignee": "Đại úy Lê Văn Hùng",
                 *         "task": "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
                 *         "dueDate": "2026-04-17",
                 *         "responsibleHead": "Trưởng Công an phường",
                 *         "expectedResult": "Cống thông thoát trước mùa mưa",
                 *         "authority": "Chủ tịch UBND phường"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RerouteCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetSupportingDepartments: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentIds": [
                 *         5
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SetSupportingDepartmentsCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AddNote: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "Progress",
                 *       "text": "Đã khảo sát hiện trường, dự kiến nạo vét xong trong tuần sau."
                 *     }
                 */
                "application/json": components["schemas"]["AddNoteCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agency": "Sở Xây dựng Hà Nội",
                 *       "referralLetter": "Công văn số 215/UBND-KTHTĐT ngày 14/4/2026"
                 *     }
                 */
                "application/json": components["schemas"]["ReferCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CorrectCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Đề nghị nạo vét cống khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống úng ngập trước mùa mưa",
                 *       "category": null,
                 *       "location": null,
                 *       "reason": "Sửa lỗi chính tả khi nhập (\"công\" → \"cống\", \"ứng\" → \"úng\")."
                 *     }
                 */
                "application/json": components["schemas"]["CorrectCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RefuseCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Nội dung là tranh chấp dân sự giữa các hộ gia đình, đã được Tòa án nhân dân thụ lý; không thuộc phạm vi giải quyết của UBND phường."
                 *     }
                 */
                "application/json": components["schemas"]["RefuseCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CloseCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "rating": 4,
                 *       "comment": "Đã nạo vét xong, mong phường kiểm tra định kỳ."
                 *     }
                 */
                "application/json": components["schemas"]["CloseCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReopenCase: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Sau trận mưa ngày 25/4 khu vực vẫn ngập.",
                 *       "dueDate": null
                 *     }
                 */
                "application/json": components["schemas"]["ReopenCaseCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Assigned",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseChange"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "code": "Flooding",
                     *         "name": "Úng ngập",
                     *         "nameEn": "Flooding",
                     *         "defaultDepartmentId": 2
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListCategoriesCategoryInfo"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetCategoryDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "departmentId": 2
                 *     }
                 */
                "application/json": components["schemas"]["SetCategoryDepartmentCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "Flooding",
                     *       "name": "Úng ngập",
                     *       "nameEn": "Flooding",
                     *       "defaultDepartmentId": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ListCategoriesCategoryInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetDashboard: {
        parameters: {
            query?: {
                sessionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 12,
                     *       "replied": 5,
                     *       "overdue": 2,
                     *       "onTime": 4,
                     *       "byStatus": [
                     *         {
                     *           "status": "InProgress",
                     *           "count": 7
                     *         },
                     *         {
                     *           "status": "Replied",
                     *           "count": 5
                     *         }
                     *       ],
                     *       "byCategory": [
                     *         {
                     *           "category": "TrafficCongestion",
                     *           "count": 4
                     *         }
                     *       ],
                     *       "byDepartment": [
                     *         {
                     *           "departmentId": 2,
                     *           "departmentName": "KT-HT-ĐT",
                     *           "count": 7
                     *         },
                     *         {
                     *           "departmentId": null,
                     *           "departmentName": null,
                     *           "count": 1
                     *         }
                     *       ],
                     *       "ratings": {
                     *         "count": 3,
                     *         "average": 4.33,
                     *         "distribution": [
                     *           {
                     *             "rating": 1,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 2,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 3,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 4,
                     *             "count": 2
                     *           },
                     *           {
                     *             "rating": 5,
                     *             "count": 1
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetDashboardSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 2,
                     *         "code": "KT-HT-DT",
                     *         "shortName": "KT-HT-ĐT",
                     *         "name": "Phòng Kinh tế, Hạ tầng và Đô thị"
                     *       },
                     *       {
                     *         "id": 5,
                     *         "code": "CA",
                     *         "shortName": "Công an phường",
                     *         "name": "Công an phường Yên Hòa"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListDepartmentsDepartment"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CreateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "TTYT",
                 *       "shortName": "Trạm Y tế",
                 *       "name": "Trạm Y tế phường Yên Hòa"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDepartmentCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 6,
                     *       "code": "TTYT",
                     *       "shortName": "Trạm Y tế",
                     *       "name": "Trạm Y tế phường Yên Hòa"
                     *     }
                     */
                    "application/json": components["schemas"]["ListDepartmentsDepartment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RenameDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shortName": "VH-XH",
                 *       "name": "Phòng Văn hóa – Xã hội"
                 *     }
                 */
                "application/json": components["schemas"]["RenameDepartmentCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 6,
                     *       "code": "TTYT",
                     *       "shortName": "Trạm Y tế",
                     *       "name": "Trạm Y tế phường Yên Hòa"
                     *     }
                     */
                    "application/json": components["schemas"]["ListDepartmentsDepartment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListEscalations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "caseId": 6,
                     *         "petitionId": 4,
                     *         "sessionId": 1,
                     *         "sessionTitle": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *         "stt": 4,
                     *         "text": "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
                     *         "category": "Environment",
                     *         "status": "InProgress",
                     *         "departmentId": 2,
                     *         "departmentName": "KT-HT-ĐT",
                     *         "submitterName": "Lại Ngọc Thuận",
                     *         "organisation": "TDP số 25",
                     *         "dueDate": "2026-04-20",
                     *         "lastWorkingDay": "2026-04-17",
                     *         "repliedOn": null,
                     *         "referredTo": null,
                     *         "createdAt": "2026-04-10T17:00:00+07:00",
                     *         "sessionHeldOn": "2026-04-10",
                     *         "reasons": [
                     *           "AtRisk"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListEscalationsEscalatedCase"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PreviewNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "PHỤ LỤC\nST T\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)\t- Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa\tUBND phường\t"
                 *     }
                 */
                "application/json": components["schemas"]["PreviewNoticeTextBody"];
                /**
                 * @example {
                 *       "text": "PHỤ LỤC\nST T\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)\t- Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa\tUBND phường\t"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["PreviewNoticeTextBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document": {
                     *         "id": 3,
                     *         "name": "thong-bao-giao-ban-quy-I-2026.docx",
                     *         "mediaType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     *         "hash": "9bb8ff1ee45a1a6e…",
                     *         "size": 48213,
                     *         "importedSessionId": null
                     *       },
                     *       "session": {
                     *         "code": "2026-Q1",
                     *         "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm công tác quý II/2026",
                     *         "heldOn": "2026-04-10",
                     *         "replyDeadline": "2026-04-20",
                     *         "existingSessionId": 1
                     *       },
                     *       "petitions": [
                     *         {
                     *           "number": 1,
                     *           "line": 93,
                     *           "submitterText": "Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)",
                     *           "submitter": {
                     *             "name": "Nguyễn Bảo Bình",
                     *             "title": "Tổ trưởng TDP số 19",
                     *             "organisation": "TDP số 19",
                     *             "area": "Trung Hòa"
                     *           },
                     *           "leadAgency": "UBND phường",
                     *           "note": null,
                     *           "account": {
                     *             "id": 2,
                     *             "username": "leader19",
                     *             "displayName": "Nguyễn Bảo Bình",
                     *             "organisation": "TDP số 19"
                     *           },
                     *           "items": [
                     *             {
                     *               "line": 93,
                     *               "text": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *               "category": "Flooding",
                     *               "departmentId": 2,
                     *               "keyword": "úng ngập"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "unmatchedOrganisations": [
                     *         "Chi bộ 13"
                     *       ],
                     *       "unparsed": [
                     *         {
                     *           "line": 101,
                     *           "text": "Dòng thừa",
                     *           "reason": "afterNote"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PreviewNoticePreview"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/payloadTooLarge",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "Request bodies are limited to 5120 KiB here.",
                     *       "code": "payloadTooLarge",
                     *       "args": {
                     *         "limitKiB": 5120
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/unsupportedMediaType",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Expected a Word document (.docx: a zip holding word/document.xml).",
                     *       "code": "unsupportedMediaType",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConfirmNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "documentId": 3,
                 *       "sessionId": 1,
                 *       "session": null,
                 *       "petitions": [
                 *         {
                 *           "submitter": {
                 *             "name": "Nguyễn Bảo Bình",
                 *             "title": "Tổ trưởng TDP số 19",
                 *             "organisation": "TDP số 19",
                 *             "area": "Trung Hòa"
                 *           },
                 *           "leadAgency": "UBND phường",
                 *           "note": null,
                 *           "items": [
                 *             {
                 *               "text": "Tình trạng hàng quán lấn chiếm vỉa hè quanh khu vực trường Mầm non Hoa Sen",
                 *               "category": "UrbanOrder",
                 *               "departmentId": 2,
                 *               "location": null
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConfirmNoticeCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": 1,
                     *       "documentId": 3,
                     *       "petitionIds": [
                     *         8
                     *       ],
                     *       "caseIds": [
                     *         13
                     *       ],
                     *       "created": true
                     *     }
                     */
                    "application/json": components["schemas"]["ConfirmNoticeResult"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": 1,
                     *       "documentId": 3,
                     *       "petitionIds": [
                     *         8
                     *       ],
                     *       "caseIds": [
                     *         13
                     *       ],
                     *       "created": true
                     *     }
                     */
                    "application/json": components["schemas"]["ConfirmNoticeResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListNoticeKeywords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "text": "ùn tắc",
                     *         "category": "TrafficCongestion",
                     *         "departmentId": null
                     *       },
                     *       {
                     *         "text": "úng ngập",
                     *         "category": "Flooding",
                     *         "departmentId": null
                     *       },
                     *       {
                     *         "text": "tuần tra",
                     *         "category": "Security",
                     *         "departmentId": 5
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["NoticeKeywordsKeyword"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetNoticeKeywords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keywords": [
                 *         {
                 *           "text": "ùn tắc",
                 *           "category": "TrafficCongestion",
                 *           "departmentId": null
                 *         },
                 *         {
                 *           "text": "úng ngập",
                 *           "category": "Flooding",
                 *           "departmentId": null
                 *         },
                 *         {
                 *           "text": "tuần tra",
                 *           "category": "Security",
                 *           "departmentId": 5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NoticeKeywordsCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "text": "ùn tắc",
                     *         "category": "TrafficCongestion",
                     *         "departmentId": null
                     *       },
                     *       {
                     *         "text": "úng ngập",
                     *         "category": "Flooding",
                     *         "departmentId": null
                     *       },
                     *       {
                     *         "text": "tuần tra",
                     *         "category": "Security",
                     *         "departmentId": 5
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["NoticeKeywordsKeyword"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListNotifications: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread": 1,
                     *       "items": [
                     *         {
                     *           "id": 7,
                     *           "kind": "CaseRouted",
                     *           "caseId": 1,
                     *           "replyId": null,
                     *           "subject": "[Kiến nghị] Nội dung số 1 được giao cho đơn vị xử lý",
                     *           "body": "Một nội dung kiến nghị được giao cho Phòng Kinh tế, Hạ tầng và Đô thị xử lý.\nNội dung: Đề nghị nạo vét hệ thống cống thoát nước…",
                     *           "link": "/cases/1",
                     *           "createdAt": "2026-04-13T09:00:00+07:00",
                     *           "readAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListNotificationsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread": 2,
                     *       "toTriage": 5,
                     *       "openInMyDepartment": null,
                     *       "repliesToRead": null
                     *     }
                     */
                    "application/json": components["schemas"]["GetCountsCounts"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MarkNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread": 0
                     *     }
                     */
                    "application/json": components["schemas"]["MarkNotificationsReadResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MarkAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread": 0
                     *     }
                     */
                    "application/json": components["schemas"]["MarkNotificationsReadResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "ktht@yenhoa.hanoi.gov.vn",
                     *       "emailPreference": "Immediate"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationSettingsSettings"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ktht@yenhoa.hanoi.gov.vn",
                 *       "emailPreference": "Digest"
                 *     }
                 */
                "application/json": components["schemas"]["NotificationSettingsCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "ktht@yenhoa.hanoi.gov.vn",
                     *       "emailPreference": "Immediate"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationSettingsSettings"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubmitPetition: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sessionId": 1,
                 *       "submitter": {
                 *         "name": "Lại Ngọc Thuận",
                 *         "title": "Tổ trưởng TDP số 25",
                 *         "organisation": "TDP số 25",
                 *         "area": "Yên Hòa"
                 *       },
                 *       "items": [
                 *         {
                 *           "text": "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
                 *           "category": "Environment",
                 *           "location": "Khu vực Vũ Phạm Hàm - Trần Kim Xuyên"
                 *         },
                 *         {
                 *           "text": "Đề nghị lắp đèn chiếu sáng ngõ 5 Vũ Phạm Hàm",
                 *           "category": "Infrastructure",
                 *           "location": null
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SubmitPetitionCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 8,
                     *       "caseIds": [
                     *         13,
                     *         14
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SubmitPetitionResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetPetition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "sessionId": 1,
                     *       "number": 1,
                     *       "submitterName": "Nguyễn Bảo Bình",
                     *       "submitterTitle": "Tổ trưởng TDP số 19",
                     *       "organisation": "TDP số 19",
                     *       "area": "Trung Hòa",
                     *       "leadAgency": "UBND phường",
                     *       "submittedAt": "2026-04-10T17:00:00+07:00",
                     *       "cases": [
                     *         {
                     *           "id": 1,
                     *           "petitionId": 1,
                     *           "sessionId": 1,
                     *           "itemNumber": 1,
                     *           "text": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *           "category": "Flooding",
                     *           "location": "Trường THCS Trần Duy Hưng, Trường Mầm non Hoa Sen",
                     *           "status": "Assigned",
                     *           "departmentId": 2,
                     *           "departmentName": "KT-HT-ĐT",
                     *           "suggestedDepartmentId": 2,
                     *           "suggestedDepartmentName": "KT-HT-ĐT",
                     *           "dueDate": "2026-04-20",
                     *           "lastWorkingDay": "2026-04-17",
                     *           "overdue": false,
                     *           "atRisk": true,
                     *           "repliedOn": null,
                     *           "version": 2,
                     *           "submitterName": "Nguyễn Bảo Bình",
                     *           "submitterTitle": "Tổ trưởng TDP số 19",
                     *           "organisation": "TDP số 19",
                     *           "area": "Trung Hòa"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetPetitionPetitionDetail"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DraftReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "petitionId": 1,
                 *       "caseIds": [
                 *         1,
                 *         2
                 *       ],
                 *       "subject": "Trả lời kiến nghị của Tổ trưởng TDP số 19",
                 *       "body": "UBND phường Yên Hòa nhận được kiến nghị của đồng chí tại Hội nghị giao ban quý I/2026. Sau khi kiểm tra, UBND phường trả lời như sau:",
                 *       "recipient": "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19",
                 *       "results": null,
                 *       "closing": null,
                 *       "copiesTo": null,
                 *       "signerId": null
                 *     }
                 */
                "application/json": components["schemas"]["DraftReplyCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1
                     *     }
                     */
                    "application/json": components["schemas"]["DraftReplyResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "petitionId": 1,
                     *       "organisation": "TDP số 19",
                     *       "subject": "Trả lời kiến nghị của TDP số 19",
                     *       "body": "",
                     *       "status": "Registered",
                     *       "isOut": true,
                     *       "recipient": null,
                     *       "closing": null,
                     *       "copiesTo": null,
                     *       "signerId": 1,
                     *       "signer": "Trần Thị Minh – Phó Chủ tịch",
                     *       "number": 12,
                     *       "year": 2026,
                     *       "issuedOn": "2026-04-16",
                     *       "createdAt": "2026-04-15T17:00:00+07:00",
                     *       "createdBy": "dispatcher",
                     *       "createdByName": "Văn phòng HĐND và UBND",
                     *       "cases": [
                     *         {
                     *           "id": 1,
                     *           "text": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *           "status": "Replied",
                     *           "departmentName": "KT-HT-ĐT",
                     *           "result": "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
                     *           "referredTo": null,
                     *           "resultWording": null
                     *         }
                     *       ],
                     *       "history": []
                     *     }
                     */
                    "application/json": components["schemas"]["GetReplyReplyDetail"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EditReplyDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Trả lời kiến nghị của TDP số 19 về úng ngập và lấn chiếm vỉa hè",
                 *       "body": "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19 tại Hội nghị giao ban quý I/2026. UBND phường trả lời như sau:",
                 *       "recipient": "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19",
                 *       "results": [
                 *         {
                 *           "caseId": 1,
                 *           "text": "Phòng Kinh tế, Hạ tầng và Đô thị đã nạo vét 120 m cống trong tháng 4/2026."
                 *         }
                 *       ],
                 *       "closing": null,
                 *       "copiesTo": [
                 *         "Như trên;",
                 *         "Văn phòng Đảng ủy (để b/c);",
                 *         "Phòng KT-HT-ĐT;",
                 *         "Lưu: VT."
                 *       ],
                 *       "signerId": null
                 *     }
                 */
                "application/json": components["schemas"]["EditReplyDraftCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1
                     *     }
                     */
                    "application/json": components["schemas"]["DraftReplyResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubmitReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Submitted"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyStepsResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Ghi rõ thời gian hoàn thành nạo vét."
                 *     }
                 */
                "application/json": components["schemas"]["ReturnReplyCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Submitted"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyStepsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Submitted"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyStepsResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegisterReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Registered",
                     *       "number": 12,
                     *       "year": 2026,
                     *       "issuedOn": "2026-04-16",
                     *       "cases": [
                     *         {
                     *           "id": 1,
                     *           "status": "Replied",
                     *           "version": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterReplyResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SendReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "status": "Submitted"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplyStepsResult"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetReplyDocument: {
        parameters: {
            query?: {
                format?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    /**
                     * @example <!DOCTYPE html>
                     *     <html lang="vi">
                     *     <head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm 15mm 20mm 30mm; } …</style></head>
                     *     <body>… ỦY BAN NHÂN DÂN / PHƯỜNG YÊN HÒA … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …</body>
                     *     </html>
                     */
                    "text/html": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetSessionNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    /**
                     * @example PHỤ LỤC
                     *     ST T	Tổ chức/Cá nhân kiến nghị	Nội dung kiến nghị	Cơ quan chủ trì	Ghi chú
                     *     1.	Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)	- Đề nghị …	UBND phường
                     */
                    "text/plain": string;
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "code": "2026-Q1",
                     *         "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *         "heldOn": "2026-04-10",
                     *         "replyDeadline": "2026-04-20",
                     *         "lastWorkingDay": "2026-04-17",
                     *         "isClosed": false,
                     *         "takesPetitions": true,
                     *         "reportedOn": null,
                     *         "reportedBy": null,
                     *         "reportedByName": null,
                     *         "petitionCount": 7,
                     *         "caseCount": 12,
                     *         "repliedCount": 0
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SessionSummary"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CreateSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "2026-Q2",
                 *       "title": "Hội nghị giao ban đánh giá công tác quý II/2026; triển khai nhiệm vụ trọng tâm quý III/2026",
                 *       "heldOn": "2026-07-10",
                 *       "replyDeadline": "2026-07-24"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSessionCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "code": "2026-Q1",
                     *       "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *       "heldOn": "2026-04-10",
                     *       "replyDeadline": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "isClosed": false,
                     *       "takesPetitions": true,
                     *       "reportedOn": null,
                     *       "reportedBy": null,
                     *       "reportedByName": null,
                     *       "petitionCount": 7,
                     *       "caseCount": 12,
                     *       "repliedCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "code": "2026-Q1",
                     *       "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *       "heldOn": "2026-04-10",
                     *       "replyDeadline": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "isClosed": false,
                     *       "takesPetitions": true,
                     *       "reportedOn": null,
                     *       "reportedBy": null,
                     *       "reportedByName": null,
                     *       "petitionCount": 7,
                     *       "caseCount": 12,
                     *       "repliedCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CloseSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "code": "2026-Q1",
                     *       "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *       "heldOn": "2026-04-10",
                     *       "replyDeadline": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "isClosed": false,
                     *       "takesPetitions": true,
                     *       "reportedOn": null,
                     *       "reportedBy": null,
                     *       "reportedByName": null,
                     *       "petitionCount": 7,
                     *       "caseCount": 12,
                     *       "repliedCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MarkSessionReported: {
        parameters: {
            query?: {
                signerId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "code": "2026-Q1",
                     *       "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *       "heldOn": "2026-04-10",
                     *       "replyDeadline": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "isClosed": false,
                     *       "takesPetitions": true,
                     *       "reportedOn": null,
                     *       "reportedBy": null,
                     *       "reportedByName": null,
                     *       "petitionCount": 7,
                     *       "caseCount": 12,
                     *       "repliedCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OpenSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "code": "2026-Q1",
                     *       "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *       "heldOn": "2026-04-10",
                     *       "replyDeadline": "2026-04-20",
                     *       "lastWorkingDay": "2026-04-17",
                     *       "isClosed": false,
                     *       "takesPetitions": true,
                     *       "reportedOn": null,
                     *       "reportedBy": null,
                     *       "reportedByName": null,
                     *       "petitionCount": 7,
                     *       "caseCount": 12,
                     *       "repliedCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetSessionReport: {
        parameters: {
            query?: {
                format?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "session": {
                     *         "id": 1,
                     *         "code": "2026-Q1",
                     *         "title": "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
                     *         "heldOn": "2026-04-10",
                     *         "replyDeadline": "2026-04-20",
                     *         "lastWorkingDay": "2026-04-17"
                     *       },
                     *       "wardName": "Phường Yên Hòa",
                     *       "superiorParty": null,
                     *       "reportNumber": null,
                     *       "reportedOn": null,
                     *       "signer": null,
                     *       "generatedOn": "2026-04-21",
                     *       "rows": [
                     *         {
                     *           "stt": 1,
                     *           "petitionId": 1,
                     *           "caseId": 1,
                     *           "itemNumber": 1,
                     *           "submitter": "Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)",
                     *           "organisation": "TDP số 19",
                     *           "content": "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa",
                     *           "category": "Flooding",
                     *           "categoryName": "Úng ngập",
                     *           "leadAgency": "UBND phường",
                     *           "note": null,
                     *           "department": "Phòng Kinh tế, Hạ tầng và Đô thị",
                     *           "status": "Replied",
                     *           "result": "Ngày 15/4/2026 đã nạo vét 120 m cống khu vực hai trường; nước thoát bình thường.",
                     *           "referredTo": null,
                     *           "referralLetter": null,
                     *           "refusalReason": null,
                     *           "replyNumber": "01/UBND-VP",
                     *           "replyIssuedOn": "2026-04-16",
                     *           "dueDate": "2026-04-20",
                     *           "timeliness": "OnTime",
                     *           "escalations": [],
                     *           "assignee": "Trần Văn Nam, cán bộ phụ trách hạ tầng",
                     *           "task": "Kiểm tra, nạo vét hệ thống cống quanh hai trường",
                     *           "responsibleHead": "Trưởng phòng KT-HT-ĐT",
                     *           "expectedResult": "Cống thông thoát trước mùa mưa",
                     *           "authority": "Chủ tịch UBND phường",
                     *           "rating": null,
                     *           "ratingComment": null
                     *         }
                     *       ],
                     *       "summary": {
                     *         "petitionCount": 7,
                     *         "caseCount": 12,
                     *         "onTime": 10,
                     *         "late": 1,
                     *         "notReplied": 1,
                     *         "refused": 0,
                     *         "onTimeShare": 0.8333333333333334,
                     *         "byCategory": [
                     *           {
                     *             "key": "Flooding",
                     *             "cases": 1
                     *           }
                     *         ],
                     *         "byDepartment": [
                     *           {
                     *             "key": "Phòng Kinh tế, Hạ tầng và Đô thị",
                     *             "cases": 6
                     *           }
                     *         ],
                     *         "byStatus": [
                     *           {
                     *             "key": "Replied",
                     *             "cases": 10
                     *           }
                     *         ]
                     *       },
                     *       "escalations": [
                     *         {
                     *           "caseId": 11,
                     *           "stt": 7,
                     *           "content": "Đề nghị lắp đèn chiếu sáng nội khu, vườn hoa khu A14, 30T",
                     *           "department": null,
                     *           "status": "Referred",
                     *           "dueDate": "2026-04-20",
                     *           "referredTo": "Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị Hà Nội",
                     *           "reasons": [
                     *             "BeyondAuthority"
                     *           ]
                     *         }
                     *       ],
                     *       "ratings": {
                     *         "count": 0,
                     *         "average": null,
                     *         "distribution": [
                     *           {
                     *             "rating": 1,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 2,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 3,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 4,
                     *             "count": 0
                     *           },
                     *           {
                     *             "rating": 5,
                     *             "count": 0
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetSessionReportReport"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    /**
                     * @example STT;Mã nội dung;Tổ chức/Cá nhân kiến nghị;Nội dung kiến nghị;Cơ quan chủ trì;Lĩnh vực;"Phòng, ban, đơn vị giải quyết";…
                     *     1;1;Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa);…;UBND phường;Úng ngập;"Phòng Kinh tế, Hạ tầng và Đô thị";Đã trả lời;…;01/UBND-VP;2026-04-16;2026-04-20;Đúng hạn;
                     */
                    "text/csv": string;
                    /**
                     * @example <!DOCTYPE html>
                     *     <html lang="vi">
                     *     <head><meta charset="utf-8"><style>@page { size: A4 landscape; margin: 20mm 15mm 20mm 30mm; } …</style></head>
                     *     <body>… ĐẢNG ỦY PHƯỜNG YÊN HÒA … ĐẢNG CỘNG SẢN VIỆT NAM … BÁO CÁO … III. BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ …</body>
                     *     </html>
                     */
                    "text/html": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IssueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "leader19",
                 *       "password": "petitions-demo"
                 *     }
                 */
                "application/json": components["schemas"]["SignInCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…",
                     *       "expiresAt": "2026-04-11T01:00:00+07:00"
                     *     }
                     */
                    "application/json": components["schemas"]["AuthEndpointsTokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/accountLocked",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This account is locked after repeated failed sign-ins. Retry after 900 s.",
                     *       "code": "accountLocked",
                     *       "args": {
                     *         "retryAfterSeconds": 900
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "leader19",
                 *       "password": "petitions-demo"
                 *     }
                 */
                "application/json": components["schemas"]["SignInCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": 1,
                     *         "username": "leader19",
                     *         "displayName": "Nguyễn Bảo Bình",
                     *         "role": "GroupLeader",
                     *         "wardId": 1,
                     *         "wardName": "Phường Yên Hòa",
                     *         "departmentId": null,
                     *         "departmentName": null,
                     *         "organisation": "TDP số 19"
                     *       },
                     *       "antiforgery": {
                     *         "headerName": "X-CSRF-TOKEN",
                     *         "token": "CfDJ8…"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthEndpointsLoginResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/accountLocked",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "This account is locked after repeated failed sign-ins. Retry after 900 s.",
                     *       "code": "accountLocked",
                     *       "args": {
                     *         "retryAfterSeconds": 900
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetAntiforgeryToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "headerName": "X-CSRF-TOKEN",
                     *       "token": "CfDJ8…"
                     *     }
                     */
                    "application/json": components["schemas"]["AuthEndpointsAntiforgeryToken"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "username": "leader19",
                     *       "displayName": "Nguyễn Bảo Bình",
                     *       "role": "GroupLeader",
                     *       "wardId": 1,
                     *       "wardName": "Phường Yên Hòa",
                     *       "departmentId": null,
                     *       "departmentName": null,
                     *       "organisation": "TDP số 19"
                     *     }
                     */
                    "application/json": components["schemas"]["GetMeMe"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListSigners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signers": [
                     *         {
                     *           "id": 1,
                     *           "name": "Lương Khánh Ngọc",
                     *           "position": "Chánh Văn phòng",
                     *           "form": "ByOrder",
                     *           "disabled": false,
                     *           "lines": [
                     *             "T/L BAN THƯỜNG VỤ",
                     *             "CHÁNH VĂN PHÒNG"
                     *           ],
                     *           "signsReplies": false
                     *         }
                     *       ],
                     *       "replySignerId": null,
                     *       "reportSignerId": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListSignersSignerList"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CreateSigner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Lương Khánh Ngọc",
                 *       "position": "Chánh Văn phòng",
                 *       "form": "ByOrder",
                 *       "disabled": false
                 *     }
                 */
                "application/json": components["schemas"]["SaveSignerCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signers": [
                     *         {
                     *           "id": 1,
                     *           "name": "Lương Khánh Ngọc",
                     *           "position": "Chánh Văn phòng",
                     *           "form": "ByOrder",
                     *           "disabled": false,
                     *           "lines": [
                     *             "T/L BAN THƯỜNG VỤ",
                     *             "CHÁNH VĂN PHÒNG"
                     *           ],
                     *           "signsReplies": false
                     *         }
                     *       ],
                     *       "replySignerId": null,
                     *       "reportSignerId": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListSignersSignerList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UpdateSigner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Lương Khánh Ngọc",
                 *       "position": "Chánh Văn phòng",
                 *       "form": "ByOrder",
                 *       "disabled": false
                 *     }
                 */
                "application/json": components["schemas"]["SaveSignerCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signers": [
                     *         {
                     *           "id": 1,
                     *           "name": "Lương Khánh Ngọc",
                     *           "position": "Chánh Văn phòng",
                     *           "form": "ByOrder",
                     *           "disabled": false,
                     *           "lines": [
                     *             "T/L BAN THƯỜNG VỤ",
                     *             "CHÁNH VĂN PHÒNG"
                     *           ],
                     *           "signsReplies": false
                     *         }
                     *       ],
                     *       "replySignerId": null,
                     *       "reportSignerId": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListSignersSignerList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SetDefaultSigners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "replySignerId": 2,
                 *       "reportSignerId": 1
                 *     }
                 */
                "application/json": components["schemas"]["SetDefaultSignersCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "signers": [
                     *         {
                     *           "id": 1,
                     *           "name": "Lương Khánh Ngọc",
                     *           "position": "Chánh Văn phòng",
                     *           "form": "ByOrder",
                     *           "disabled": false,
                     *           "lines": [
                     *             "T/L BAN THƯỜNG VỤ",
                     *             "CHÁNH VĂN PHÒNG"
                     *           ],
                     *           "signsReplies": false
                     *         }
                     *       ],
                     *       "replySignerId": null,
                     *       "reportSignerId": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListSignersSignerList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 4,
                     *         "username": "ktht",
                     *         "displayName": "Cán bộ Phòng KT-HT-ĐT",
                     *         "role": "DepartmentOfficer",
                     *         "wardId": 1,
                     *         "departmentId": 2,
                     *         "organisation": null,
                     *         "isDisabled": false,
                     *         "lockedUntil": null,
                     *         "hasPassword": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UserSummary"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "leader23",
                 *       "displayName": "Quách Văn Vinh",
                 *       "role": "GroupLeader",
                 *       "departmentId": null,
                 *       "organisation": "TDP số 23",
                 *       "password": "mật-khẩu-tạm-thời",
                 *       "wardId": null
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 9
                     *     }
                     */
                    "application/json": components["schemas"]["CreateUserResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Cán bộ Công an phường",
                 *       "role": "DepartmentOfficer",
                 *       "departmentId": 5,
                 *       "organisation": null
                 *     }
                 */
                "application/json": components["schemas"]["UpdateUserCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 4,
                     *       "username": "ktht",
                     *       "displayName": "Cán bộ Phòng KT-HT-ĐT",
                     *       "role": "DepartmentOfficer",
                     *       "wardId": 1,
                     *       "departmentId": 2,
                     *       "organisation": null,
                     *       "isDisabled": false,
                     *       "lockedUntil": null,
                     *       "hasPassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DisableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 4,
                     *       "username": "ktht",
                     *       "displayName": "Cán bộ Phòng KT-HT-ĐT",
                     *       "role": "DepartmentOfficer",
                     *       "wardId": 1,
                     *       "departmentId": 2,
                     *       "organisation": null,
                     *       "isDisabled": false,
                     *       "lockedUntil": null,
                     *       "hasPassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 4,
                     *       "username": "ktht",
                     *       "displayName": "Cán bộ Phòng KT-HT-ĐT",
                     *       "role": "DepartmentOfficer",
                     *       "wardId": 1,
                     *       "departmentId": 2,
                     *       "organisation": null,
                     *       "isDisabled": false,
                     *       "lockedUntil": null,
                     *       "hasPassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "mật-khẩu-mới-2026"
                 *     }
                 */
                "application/json": components["schemas"]["ResetPasswordCommand"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 4,
                     *       "username": "ktht",
                     *       "displayName": "Cán bộ Phòng KT-HT-ĐT",
                     *       "role": "DepartmentOfficer",
                     *       "wardId": 1,
                     *       "departmentId": 2,
                     *       "organisation": null,
                     *       "isDisabled": false,
                     *       "lockedUntil": null,
                     *       "hasPassword": true
                     *     }
                     */
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/notFound",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Case 999 does not exist.",
                     *       "code": "notFound",
                     *       "args": {
                     *         "resource": "Case",
                     *         "id": 999
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListWards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 2,
                     *         "code": "trung-hoa",
                     *         "name": "Phường Trung Hòa",
                     *         "superiorParty": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                     *         "departments": [
                     *           {
                     *             "id": 6,
                     *             "code": "VP",
                     *             "shortName": "VP HĐND-UBND",
                     *             "name": "Văn phòng HĐND và UBND"
                     *           }
                     *         ],
                     *         "users": 1
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListWardsWard"][];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CreateWard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "trung-hoa",
                 *       "name": "Phường Trung Hòa",
                 *       "superiorParty": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                 *       "departments": [
                 *         {
                 *           "code": "VP",
                 *           "shortName": "VP HĐND-UBND",
                 *           "name": "Văn phòng HĐND và UBND"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWardCommand"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 2,
                     *       "code": "trung-hoa",
                     *       "name": "Phường Trung Hòa",
                     *       "superiorParty": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                     *       "departments": [
                     *         {
                     *           "id": 6,
                     *           "code": "VP",
                     *           "shortName": "VP HĐND-UBND",
                     *           "name": "Văn phòng HĐND và UBND"
                     *         }
                     *       ],
                     *       "users": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ListWardsWard"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "See errors for each field and what is wrong with it.",
                     *       "errors": {
                     *         "items[0].text": [
                     *           "Item text must be at most 4000 characters (it has 4012)."
                     *         ],
                     *         "submitter.organisation": [
                     *           "The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\"."
                     *         ]
                     *       },
                     *       "fieldCodes": {
                     *         "items[0].text": [
                     *           {
                     *             "code": "petition.item.text.tooLong",
                     *             "args": {
                     *               "max": 4000,
                     *               "actual": 4012
                     *             }
                     *           }
                     *         ],
                     *         "submitter.organisation": [
                     *           {
                     *             "code": "petition.submitter.organisation.required",
                     *             "args": {}
                     *           }
                     *         ]
                     *       },
                     *       "code": "validation",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or cookie is no longer valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/signInRequired",
                     *       "title": "Sign in first",
                     *       "status": 401,
                     *       "detail": "This needs a signed-in user: a Bearer token from POST /api/auth/token or the sign-in cookie.",
                     *       "code": "signInRequired",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "AssignCase.Command is for Dispatcher; a GroupLeader may not send it.",
                     *       "code": "forbidden",
                     *       "args": {}
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "tag:petitions,2026:problem/transitionRefused",
                     *       "title": "Transition refused",
                     *       "status": 409,
                     *       "detail": "Cannot resolve a case that is Assigned: resolve is allowed only from InProgress.",
                     *       "code": "transitionRefused",
                     *       "args": {
                     *         "action": "Resolve",
                     *         "from": "Assigned",
                     *         "allowed": [
                     *           "InProgress"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
