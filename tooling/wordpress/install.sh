#!/usr/bin/env bash
# Installs what the CMS export tests run against: Debian's WordPress (with its default theme, so published
# posts render as pages), PHP's command-line interpreter and built-in web server, and MariaDB. Each test file
# then starts a private site of its own (apps/server/test/support/wordpress.ts); nothing here starts a server.
set -euo pipefail
packages=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
printf 'WordPress %s\n' "$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php)"
php --version | head -n 1
mariadbd --version
