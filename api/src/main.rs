//! `buurtverbinders`: the command-line entry point of the service.

use std::io::Read;

use actix_web::{App, HttpServer};
use api::config::Config;
use api::web::state::AppState;
use api::{db, seed};
use clap::{Parser, Subcommand};

/// Buurtverbinders: the platform of neighbourhood-connector programmes.
#[derive(Debug, Parser)]
#[command(name = "buurtverbinders", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the API and serve the web client (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create the invented demo data (idempotent).
    SeedDemo,
    /// Create an admin account; the password comes from ADMIN_PASSWORD or standard input.
    CreateAdmin {
        /// Email address of the new admin.
        #[arg(long)]
        email: String,
    },
    /// Erase the personal data of questions closed longer ago than the retention period (AVG);
    /// the server also does this once a day.
    EraseExpiredQuestions {
        /// Months after closing (default QUESTION_RETENTION_MONTHS, 12).
        #[arg(long)]
        months: Option<u32>,
    },
    /// Print the OpenAPI document.
    Openapi,
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();
    if let Err(message) = run(cli.command.unwrap_or(Command::Serve)) {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}

fn run(command: Command) -> Result<(), String> {
    if let Command::Openapi = command {
        let document = api::app::openapi_document();
        println!("{}", serde_json::to_string_pretty(&document).map_err(|e| e.to_string())?);
        return Ok(());
    }
    let config = Config::from_env()?;
    let pool = db::connect_and_migrate(&config.database, config.pool_size)?;
    let conn = || pool.get().map_err(|e| format!("cannot connect to the database: {e}"));
    match command {
        Command::Migrate => {
            log::info!("migrations applied to the {} database", config.database.backend_name());
            Ok(())
        }
        Command::SeedDemo => {
            let added = seed::seed_demo(&mut *conn()?).map_err(|e| e.to_string())?;
            println!("demo data ready ({added} records added)");
            Ok(())
        }
        Command::CreateAdmin { email } => {
            let password = match std::env::var("ADMIN_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => {
                    let mut input = String::new();
                    std::io::stdin().read_to_string(&mut input).map_err(|e| e.to_string())?;
                    input.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            let new = api_types::NewAccount {
                email,
                display_name: "Admin".into(),
                role: api_types::Role::Admin,
                password: Some(password),
                person_id: None,
            };
            let value = serde_json::to_value(&new).map_err(|e| e.to_string())?;
            let new: api_types::NewAccount = api::web::body::parse(value).map_err(|e| match e {
                api::error::ApiError::InvalidInput(errors) => {
                    errors.iter().map(|e| format!("{}: {}", e.pointer, e.detail)).collect::<Vec<_>>().join("; ")
                }
                other => other.to_string(),
            })?;
            let account =
                db::write(&mut *conn()?, |c| api::features::accounts::create(c, &new)).map_err(|e| e.to_string())?;
            println!("admin account {} created", account.email);
            Ok(())
        }
        Command::EraseExpiredQuestions { months } => {
            let months = months.unwrap_or(config.question_retention_months);
            let erased = api::features::questions::erase_expired(&mut *conn()?, months).map_err(|e| e.to_string())?;
            println!("personal data of {erased} closed question(s) older than {months} months erased");
            Ok(())
        }
        Command::Serve => serve(config, pool),
        Command::Openapi => Ok(()),
    }
}

fn serve(config: Config, pool: db::Pool) -> Result<(), String> {
    let bind = config.bind_address.clone();
    log::info!("serving on http://{bind} with the {} database", config.database.backend_name());
    let months = config.question_retention_months;
    let state = AppState::new(pool.clone(), config);
    actix_web::rt::System::new()
        .block_on(async {
            actix_web::rt::spawn(api::jobs::erase_daily(pool, months));
            HttpServer::new(move || api::wrap_middleware!(App::new().configure(api::app::configure_app(state.clone()))))
                .bind(&bind)?
                .run()
                .await
        })
        .map_err(|e| format!("cannot serve on {bind}: {e}"))
}
