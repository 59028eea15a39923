//! Entry point of the browser app: installs the panic hook and mounts the shell.

fn main() {
    async_playground::install_panic_hook();
    leptos::mount::mount_to_body(async_playground::App);
}
