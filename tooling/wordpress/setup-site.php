<?php
// Installs a test WordPress in the current directory's copy (its wp-config.php already points at the test
// database): the site at the URL given, pretty permalinks, the default theme, an editor with an
// application password (what a customer gives BACOWR), and a "Strip links" category that the mu-plugin
// watches. Prints what the tests need as JSON.
//   php setup-site.php <site url> <admin password>
[$script, $url, $adminPassword] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// Public (blog_public): a site hidden from search engines sends robots noindex, which the monitor reports.
$installed = wp_install('BACOWR test site', 'admin', 'admin@example.test', true, '', wp_slash($adminPassword));
update_option('siteurl', $url);
update_option('home', $url);
update_option('permalink_structure', '/%postname%/');
switch_theme('twentytwentythree');
flush_rewrite_rules(true);

$editorPassword = wp_generate_password(24, false);
$editor = wp_insert_user([
    'user_login' => 'editor',
    'user_pass' => $editorPassword,
    'user_email' => 'editor@example.test',
    'role' => 'editor',
]);
if (is_wp_error($editor)) {
    fwrite(STDERR, $editor->get_error_message() . "\n");
    exit(1);
}
[$applicationPassword] = WP_Application_Passwords::create_new_application_password($editor, ['name' => 'BACOWR']);
$adminApplication = WP_Application_Passwords::create_new_application_password($installed['user_id'], ['name' => 'tests']);
$strip = wp_insert_term('Strip links', 'category');
echo json_encode([
    'editor' => 'editor',
    'editor_application_password' => WP_Application_Passwords::chunk_password($applicationPassword),
    'admin' => 'admin',
    'admin_application_password' => $adminApplication[0],
    'strip_links_category_id' => $strip['term_id'],
    'uncategorized_category_id' => (int) get_option('default_category'),
]), "\n";
