<?php
/*
 * Plugin Name: BACOWR test: strip links
 * Description: Stands in for a publisher's plugin that rewrites links: posts in the "Strip links" category
 * lose every <a> tag from their rendered content (the text stays). The export's safe publish must notice
 * and stop at draft.
 */
add_filter('the_content', function ($content) {
    $post = get_post();
    if (!$post || !has_category('strip-links', $post)) {
        return $content;
    }
    return preg_replace('#</?a\b[^>]*>#i', '', $content);
}, 99);
