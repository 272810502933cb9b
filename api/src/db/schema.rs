//! Diesel table definitions, written for both backends: ids are UUIDs as `Text`, instants are UTC
//! `Timestamp`s, dates are `Date`.
#![allow(missing_docs)]

diesel::table! {
    neighbourhoods (id) {
        id -> Text,
        name -> Text,
        municipality -> Text,
        buurt_code -> Nullable<Text>,
        wijk_code -> Nullable<Text>,
        gemeente_code -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    people (id) {
        id -> Text,
        name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        postcode -> Nullable<Text>,
        contact_preference -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    accounts (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        disabled -> Bool,
        person_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Text,
        account_id -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    password_links (id) {
        id -> Text,
        account_id -> Text,
        token_hash -> Text,
        purpose -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    groups (id) {
        id -> Text,
        name -> Text,
        slug -> Text,
        neighbourhood_id -> Text,
        status -> Text,
        description -> Nullable<Text>,
        meeting_place -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        group_id -> Text,
        person_id -> Text,
        kind -> Text,
        professional_role -> Nullable<Text>,
        organisation -> Nullable<Text>,
        joined_on -> Date,
        left_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    trainings (id) {
        id -> Text,
        title -> Text,
        trainer -> Nullable<Text>,
        location -> Nullable<Text>,
        description -> Nullable<Text>,
        required_days -> Integer,
        topics -> Text,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_participants (id) {
        id -> Text,
        training_id -> Text,
        person_id -> Text,
        answer_token -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_date_options (id) {
        id -> Text,
        training_id -> Text,
        date -> Date,
        start_time -> Text,
        end_time -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_availability (participant_id, option_id) {
        participant_id -> Text,
        option_id -> Text,
        answer -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_sessions (id) {
        id -> Text,
        training_id -> Text,
        day_number -> Integer,
        date -> Date,
        start_time -> Text,
        end_time -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    training_attendance (session_id, participant_id) {
        session_id -> Text,
        participant_id -> Text,
        status -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    events (id) {
        id -> Text,
        event_type -> Text,
        title -> Text,
        description -> Nullable<Text>,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        location_name -> Text,
        location_address -> Nullable<Text>,
        location_postcode -> Nullable<Text>,
        location_city -> Nullable<Text>,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        group_id -> Nullable<Text>,
        neighbourhood_id -> Text,
        visibility -> Text,
        capacity -> Nullable<Integer>,
        status -> Text,
        cancellation_reason -> Nullable<Text>,
        recurrence_interval -> Nullable<Integer>,
        recurrence_until -> Nullable<Date>,
        recurrence_count -> Nullable<Integer>,
        residents_reached -> Nullable<Integer>,
        notes -> Nullable<Text>,
        story_consent_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        moved_from -> Nullable<Timestamp>,
    }
}

diesel::table! {
    event_occurrences (event_id, occurrence_date) {
        event_id -> Text,
        occurrence_date -> Date,
        status -> Text,
        cancellation_reason -> Nullable<Text>,
        starts_at -> Nullable<Timestamp>,
        ends_at -> Nullable<Timestamp>,
        residents_reached -> Nullable<Integer>,
        notes -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    registrations (id) {
        id -> Text,
        event_id -> Text,
        name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        contact_consent_at -> Nullable<Timestamp>,
        number_of_people -> Integer,
        status -> Text,
        wants_to_become_connector -> Bool,
        token_hash -> Text,
        checked_in_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    candidates (id) {
        id -> Text,
        registration_id -> Nullable<Text>,
        event_id -> Nullable<Text>,
        name -> Text,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        motivation -> Nullable<Text>,
        status -> Text,
        person_id -> Nullable<Text>,
        group_id -> Nullable<Text>,
        training_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    candidate_notes (id) {
        id -> Text,
        candidate_id -> Text,
        author_account_id -> Nullable<Text>,
        body -> Nullable<Text>,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    questions (id) {
        id -> Text,
        group_id -> Text,
        channel -> Text,
        event_id -> Nullable<Text>,
        asked_at -> Timestamp,
        topic -> Text,
        text -> Text,
        asker_name -> Nullable<Text>,
        asker_email -> Nullable<Text>,
        asker_phone -> Nullable<Text>,
        contact_consent_at -> Nullable<Timestamp>,
        status -> Text,
        assignee_id -> Nullable<Text>,
        public_answer -> Nullable<Text>,
        tracking_hash -> Nullable<Text>,
        first_response_at -> Nullable<Timestamp>,
        answered_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        erased_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    question_history (id) {
        id -> Text,
        question_id -> Text,
        actor_account_id -> Nullable<Text>,
        from_status -> Nullable<Text>,
        to_status -> Text,
        note -> Nullable<Text>,
        created_at -> Timestamp,
        change -> Text,
        assignee_id -> Nullable<Text>,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        kind -> Text,
        topics -> Text,
        neighbourhood_ids -> Text,
        contact_person -> Nullable<Text>,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        website -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    referrals (id) {
        id -> Text,
        question_id -> Text,
        organisation_id -> Text,
        contact_name -> Nullable<Text>,
        consent_to_share_at -> Nullable<Timestamp>,
        note -> Nullable<Text>,
        follow_up_on -> Nullable<Date>,
        outcome -> Nullable<Text>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    faq_items (id) {
        id -> Text,
        group_id -> Text,
        question_id -> Nullable<Text>,
        topic -> Text,
        question -> Text,
        answer -> Text,
        published -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        account_id -> Nullable<Text>,
        action -> Text,
        resource_type -> Text,
        resource_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(accounts -> people (person_id));
diesel::joinable!(training_participants -> trainings (training_id));
diesel::joinable!(training_participants -> people (person_id));
diesel::joinable!(training_date_options -> trainings (training_id));
diesel::joinable!(training_availability -> training_participants (participant_id));
diesel::joinable!(training_availability -> training_date_options (option_id));
diesel::joinable!(training_sessions -> trainings (training_id));
diesel::joinable!(training_attendance -> training_sessions (session_id));
diesel::joinable!(training_attendance -> training_participants (participant_id));
diesel::joinable!(refresh_tokens -> accounts (account_id));
diesel::table! {
    resources (id) {
        id -> Text,
        name -> Text,
        description -> Nullable<Text>,
        kind -> Text,
        tags -> Text,
        status -> Text,
        audience -> Text,
        owner_person_id -> Nullable<Text>,
        consent_recorded_at -> Nullable<Timestamp>,
        contact_name -> Nullable<Text>,
        contact_name_public -> Bool,
        email -> Nullable<Text>,
        email_public -> Bool,
        phone -> Nullable<Text>,
        phone_public -> Bool,
        website -> Nullable<Text>,
        website_public -> Bool,
        address -> Nullable<Text>,
        longitude -> Nullable<Double>,
        latitude -> Nullable<Double>,
        neighbourhood_id -> Text,
        group_id -> Nullable<Text>,
        opening_hours -> Nullable<Text>,
        opening_hours_format -> Text,
        accessibility -> Nullable<Text>,
        languages -> Text,
        added_by -> Nullable<Text>,
        verified_on -> Nullable<Date>,
        verified_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    group_sites (group_id) {
        group_id -> Text,
        introduction -> Nullable<Text>,
        contact -> Nullable<Text>,
        walk_in_place -> Nullable<Text>,
        walk_in_time -> Nullable<Text>,
        sections -> Text,
        colour -> Text,
        updated_by -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    stories (id) {
        id -> Text,
        group_id -> Text,
        title -> Text,
        text -> Nullable<Text>,
        event_id -> Nullable<Text>,
        consent -> Text,
        consent_recorded_at -> Timestamp,
        teller_name -> Nullable<Text>,
        published -> Bool,
        published_at -> Nullable<Timestamp>,
        withdrawn_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    time_entries (id) {
        id -> Text,
        group_id -> Text,
        person_id -> Text,
        entered_by -> Nullable<Text>,
        worked_on -> Date,
        minutes -> Integer,
        activity -> Nullable<Text>,
        nothing_this_week -> Bool,
        event_id -> Nullable<Text>,
        question_id -> Nullable<Text>,
        note -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    goals (id) {
        id -> Text,
        group_id -> Text,
        title -> Text,
        success -> Nullable<Text>,
        target_on -> Nullable<Date>,
        status -> Text,
        public -> Bool,
        event_ids -> Text,
        resource_ids -> Text,
        question_ids -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    goal_progress (id) {
        id -> Text,
        goal_id -> Text,
        noted_on -> Date,
        note -> Text,
        written_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    api_clients (id) {
        id -> Text,
        name -> Text,
        scopes -> Text,
        secret_hash -> Text,
        secret_set_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        disabled -> Bool,
        last_used_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        tokens_valid_from -> Nullable<Timestamp>,
    }
}

diesel::table! {
    deletions (id) {
        id -> Text,
        resource_type -> Text,
        resource_id -> Text,
        deleted_at -> Timestamp,
        reason -> Text,
    }
}

diesel::joinable!(groups -> neighbourhoods (neighbourhood_id));
diesel::joinable!(memberships -> groups (group_id));
diesel::joinable!(memberships -> people (person_id));
diesel::joinable!(events -> groups (group_id));
diesel::joinable!(events -> neighbourhoods (neighbourhood_id));
diesel::joinable!(event_occurrences -> events (event_id));
diesel::joinable!(registrations -> events (event_id));
diesel::joinable!(candidate_notes -> candidates (candidate_id));
diesel::joinable!(questions -> groups (group_id));
diesel::joinable!(question_history -> questions (question_id));
diesel::joinable!(referrals -> questions (question_id));
diesel::joinable!(referrals -> organisations (organisation_id));
diesel::joinable!(faq_items -> groups (group_id));

diesel::allow_tables_to_appear_in_same_query!(
    neighbourhoods,
    people,
    accounts,
    refresh_tokens,
    password_links,
    groups,
    memberships,
    trainings,
    training_participants,
    training_date_options,
    training_availability,
    training_sessions,
    training_attendance,
    events,
    event_occurrences,
    registrations,
    candidates,
    candidate_notes,
    questions,
    question_history,
    organisations,
    referrals,
    faq_items,
    audit_log,
    resources,
    group_sites,
    stories,
    api_clients,
    deletions,
    time_entries,
    goals,
    goal_progress,
);
