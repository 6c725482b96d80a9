-- HTTP sessions in PostgreSQL (Spring Session JDBC, issue 14 part 3), so that several instances of the app share
-- logins, CSRF tokens, the second factor's state and the session registry that ends a user's other sessions. The
-- tables are Spring Session's own schema for PostgreSQL (schema-postgresql.sql of spring-session-jdbc 4.1), unchanged
-- and with its names, because its repository writes them with fixed SQL; spring.session.jdbc.initialize-schema=never
-- leaves them to this migration. Rows are deleted by Spring Session's cleanup job once expired (every minute, on
-- every instance; the delete is idempotent) and on logout.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
-- The session registry finds a user's sessions by this column (FindByIndexNameSessionRepository).
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The application's role reads and writes sessions and nothing more (the default privileges of V49 would give the
-- same; said here so that it does not depend on who created the tables).
do $$
declare
    app text := '${approl}';
begin
    if app <> '' and app <> current_user then
        execute format('grant select, insert, update, delete on spring_session, spring_session_attributes to %I',
                       app);
    end if;
end;
$$;
