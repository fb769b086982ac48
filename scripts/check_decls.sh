#!/bin/sh
# check_decls.sh -- one home for each declaration: a function declared in a
# header src/.../NAME.h must be defined in src/.../NAME.c (the same folder),
# and so must a global variable declared extern in it, so that the header
# named after a file is where its interface is found.  A .c file declares
# nothing defined in another file (no extern, no prototype of another
# file's function).  Prints each declaration that breaks the rule and exits
# 1 if there is any.
#
# Usage: scripts/check_decls.sh [SRCDIR]     (default: src next to scripts/)
# Files generated from the grammar (lexer.re -> lexer.c, parser.y ->
# parser.c) count as the .re/.y file: tokenizer.h is the lexer's header.
# One rule of the layout: import.h, the module table's header, declares the
# init function of every built-in C module (src/modules/mod_NAME.c; a header
# per module would hold one line).  Known exceptions, each a debt with its
# reason, are listed in scripts/check_decls.allow.
dir=${1:-$(dirname "$0")/../src}
allow=$(dirname "$0")/check_decls.allow
exec perl -e '
use strict; use warnings;
my ($dir, $allowf) = @ARGV;
my %allow;
if (open my $a, "<", $allowf) { while (<$a>) { s/#.*//; my @w = split; $allow{"$w[0] $w[1]"} = 1 if @w == 2 } }
my @files = split /\n/, `find "$dir" -name "*.[ch]" -o -name "*.re" -o -name "*.y"`;
sub text { my $f = shift; open my $h, "<", $f or die "$f: $!"; local $/; my $t = <$h>;
    $t =~ s{(/\*.*?\*/|//[^\n]*|"(?:[^"\\\n]|\\.)*"|'\''(?:[^'\''\\\n]|\\.)+'\'')}{substr($1, 0, 1) eq "/" ? " " : substr($1, 0, 1) eq "\"" ? "\"\"" : "0"}gse;
    $t =~ s/^[ \t]*#(?:[^\n]*\\\n)*[^\n]*//mg; return $t; }
sub stem { my $f = shift; $f =~ s{\.[^./]+$}{}; return $f; }
my (%decl, %def);
for my $f (@files) {
    my $t = text($f);
    if ($f =~ /\.h$/) {
        while ($t =~ /^(?!static|typedef|extern\s+\w+\s*\()([A-Za-z_][\w \t\*]*?)\b(\w+)\s*\(([^;{}]*?)\)\s*;/mg) {
            push @{$decl{$2}}, $f;
        }
    } else {
        while ($t =~ /^(?!static)([A-Za-z_][\w \t\*]*?)\b(\w+)\s*\(([^;{}]*?)\)\s*\{/mg) {
            push @{$def{$2}}, $f unless $1 =~ /^\s*(?:return|else|if|while|for|switch|do)\b/;
        }
    }
}
# Global variables: the names declared extern (in headers, and in .c files
# where they do not belong), and the file-scope definitions of .c files.
sub declarators { my $d = shift; my @n; my ($lvl, $cur) = (0, "");
    for my $c (split //, $d) { $lvl++ if $c =~ /[(\[{]/; $lvl-- if $c =~ /[)\]}]/;
        if ($c eq "," && !$lvl) { push @n, $cur; $cur = "" } else { $cur .= $c } }
    push @n, $cur;
    return grep { defined } map { /\(\s*\*\s*(\w+)\s*\)/ ? $1 : do { (my $x = $_) =~ s/=.*//s; $x =~ s/\[[^\]]*\]//g; $x =~ /(\w+)\s*$/ ? $1 : undef } } @n; }
sub toplevel { my $t = shift; my @items; my ($lvl, $cur) = (0, "");
    for (my $i = 0; $i < length $t; $i++) { my $c = substr($t, $i, 1); $cur .= $c;
        if ($c =~ /[({\[]/) { $lvl++ } elsif ($c =~ /[)}\]]/) { $lvl--;
            if (!$lvl && $c eq "}" && substr($t, $i + 1) !~ /^[ \t]*[;,=\w]/) { $cur = "" }   # a function body
            elsif (!$lvl && $c eq ")" && substr($t, $i + 1) =~ /^[ \t]*\n(?=\w)/) { $cur = "" } }  # a macro line
        elsif ($c eq ";" && !$lvl) { push @items, $cur; $cur = "" } }
    return @items; }
my (%vdecl, %vdef);
for my $f (@files) {
    my $t = text($f);
    if ($f =~ /\.h$/) {
        for my $it (toplevel($t)) {
            next unless $it =~ /^\s*extern\s+(.*?);$/s;
            my $d = $1; next if $d =~ /^[^(]*\w\s*\(/ and $d !~ /\(\s*\*/;   # a function
            push @{$vdecl{$_}}, $f for declarators($d);
        }
    } else {
        while ($t =~ /\bextern\s+([^;]*);/g) {
            my $d = $1;
            if ($d =~ /^[^(]*?\b(\w+)\s*\(/ and $d !~ /\(\s*\*/) { push @{$decl{$1}}, $f }
            else { push @{$vdecl{$_}}, $f for declarators($d) }
        }
        while ($t =~ /^(?!static\b|typedef\b|extern\b)([A-Za-z_][\w \t\*]*?)\b(\w+)\s*\(([^;{}]*?)\)\s*;/mg) {
            push @{$decl{$2}}, $f;
        }
        for my $it (toplevel($t)) {
            next if $it =~ /^\s*(?:static|typedef|extern)\b/;
            (my $d = $it) =~ s/;$//;
            next if $d =~ /^[^=(]*\w\s*\(/ and $d !~ /^[^=]*\(\s*\*\s*\w+\s*\)/;   # a prototype
            next if $d =~ /^\s*(?:struct|union|enum)\s+\w*\s*\{[^=]*$/s;           # a type
            push @{$vdef{$_}}, $f for declarators($d);
        }
    }
}
for my $name (keys %vdecl) {
    next unless $vdef{$name};
    push @{$decl{$name}}, @{$vdecl{$name}};
    $def{$name} = $vdef{$name};
}
my %alias = ("tokenizer" => "lexer", "parse" => "parser");
my $bad = 0;
for my $name (sort keys %decl) {
    next unless $def{$name};
    for my $h (@{$decl{$name}}) {
        if ($h =~ /\.c$/) {
            next if grep { $_ eq $h } @{$def{$name}};
            printf "%s: declared in %s (not a header), defined in %s\n", $name,
                $h =~ s{^.*/src/}{src/}r, join(", ", map { s{^.*/src/}{src/}r } @{$def{$name}});
            $bad++;
            next;
        }
        my $want = stem($h);
        my ($b) = $want =~ m{([^/]+)$};
        my @ok = grep { my $s = stem($_); $s eq $want or (exists $alias{$b} and $s =~ m{/$alias{$b}$}) or ($b eq "parse" and $s =~ m{/parse$}) } @{$def{$name}};
        next if @ok;
        my $hs = $h =~ s{^.*/src/}{src/}r;
        next if grep { $allow{"$hs " . (s{^.*/src/}{src/}r)} } @{$def{$name}};
        # import.h, the module table, declares the init of each built-in C module
        next if $hs eq "src/import.h" and $name =~ /^pym_\w+_module_init$/ and
                grep { m{/src/modules/mod_\w+\.c$} } @{$def{$name}};
        my $where = join(", ", map { s{^.*/src/}{src/}r } @{$def{$name}});
        printf "%s: declared in %s, defined in %s\n", $name, $h =~ s{^.*/src/}{src/}r, $where;
        $bad++;
    }
}
if ($bad) { print "check_decls: $bad declaration(s) outside the header named after their file\n"; exit 1 }
' "$dir" "$allow"
