/*
 * The hand-written C program that `make bench` measures Backstride against: each synthetic client gets a
 * 10-page A4 handout of calendar-like week pages, drawn with Cairo + Pango in DejaVu Sans, the way a
 * competent C programmer would write it (one font map and one Pango context per worker, reused for every
 * client; text laid out once and drawn once). See bench/README.md for why the page is comparable.
 *
 * Build: cc -O2 -o bench/reference bench/reference.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
 * Run:   bench/reference OUTDIR CLIENTS [JOBS]
 */
#define _POSIX_C_SOURCE 200809L
#include <cairo-pdf.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE_W 595.28
#define PAGE_H 841.89
#define MARGIN 42.5 /* Backstride's 15 mm */
#define PAGES 10
#define DAYS 7
#define STAMP "2026-11-21T00:00:00"

/* ---- deterministic synthetic clients ---------------------------------------------------------------- */

/* splitmix64: a tiny seeded generator, so client N gets the same text on every run and machine. */
static uint64_t next_random(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int pick(uint64_t *state, int n) { return (int)(next_random(state) % (uint64_t)n); }

static const char *first_names[] = {"Sam", "Alex", "Priya", "Jordan", "Morgan", "Chen", "Fatima", "Lukas",
                                    "Ana", "Tomasz", "Aoife", "Kwame", "Ingrid", "Mateo", "Yuki", "Noor"};
static const char *last_names[] = {"Rivera", "Okafor", "Lindqvist", "Moreau", "Nowak", "Brennan", "Haddad",
                                   "Sato", "Fernandes", "Kowalczyk", "Murphy", "Andersen", "Baptiste", "Iqbal"};
static const char *exercises[] = {"Glute bridge", "Side plank", "Dead bug", "Bird dog", "Clamshell",
                                  "Calf raise", "Hip hinge", "Banded side walk", "Curl-up", "Forward lunge",
                                  "Side plank on knees", "Hip thrust", "Single-leg bridge", "Step-up"};
static const char *mobility[] = {"Half-kneeling hip flexor stretch", "Cat-cow", "Child's pose",
                                 "Hamstring stretch", "Calf stretch", "Couch stretch", "Cobra"};
static const char *drills[] = {"Lean from the ankles", "A-skip", "Cadence drill", "Clamshell", "Bird dog"};
static const char *phases[] = {"Settle", "Build", "Build", "Load", "Load", "Steady", "Extend", "Extend",
                               "Consolidate", "Return"};
static const char *day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

typedef struct {
    char name[64];
    uint64_t seed;
    int start_day;   /* day of the year (0-based) of the first Monday */
    int cadence;
    double easy_km;
    int run_min, walk_min, repeats;
} client_t;

static void make_client(int index, client_t *c) {
    uint64_t s = 0x5EEDull + (uint64_t)index * 7919u;
    snprintf(c->name, sizeof c->name, "%s %s", first_names[pick(&s, 16)], last_names[pick(&s, 14)]);
    c->start_day = pick(&s, 300);
    c->cadence = 160 + pick(&s, 20);
    c->easy_km = 3.0 + pick(&s, 20) * 0.25;
    c->run_min = 2 + pick(&s, 4);
    c->walk_min = 1 + pick(&s, 2);
    c->repeats = 4 + pick(&s, 4);
    c->seed = s;
}

static void format_date(int day_of_year, int long_month, char *out, size_t size) {
    static const char *long_months[] = {"January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"};
    int d = day_of_year % 365, m = 0;
    while (d >= month_days[m]) d -= month_days[m++];
    snprintf(out, size, "%d %s", d + 1, long_month ? long_months[m] : months[m]);
}

/* ---- text ------------------------------------------------------------------------------------------ */

/* One worker's Pango state, made once and reused for every client: font map, context, one layout. */
typedef struct {
    PangoFontMap *font_map;
    PangoContext *context;
    PangoLayout *layout;
    PangoFontDescription *regular[4], *bold[4]; /* the sizes below */
} text_t;

enum { SIZE_SMALL, SIZE_BODY, SIZE_HEAD, SIZE_TITLE };
/* Backstride's standard print: small, body, subheading, title. */
static const double sizes[] = {9, 11, 12.65, 22};

static char *font_files[2]; /* DejaVu Sans Book and Bold, found once before the workers start */

static char *find_font(FcConfig *system, int weight) {
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)"DejaVu Sans");
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcPatternAddInteger(pattern, FC_WIDTH, FC_WIDTH_NORMAL); /* not DejaVu Sans Condensed */
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, (char *)NULL);
    FcFontSet *set = FcFontList(system, pattern, objects);
    char *file = NULL;
    for (int i = 0; set && i < set->nfont; i++) {
        FcChar8 *value;
        /* Several copies: take the same one on every run. */
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &value) == FcResultMatch &&
            (!file || strcmp((char *)value, file) < 0)) {
            free(file);
            file = strdup((char *)value);
        }
    }
    if (set) FcFontSetDestroy(set);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    return file;
}

static void text_init(text_t *t) {
    /* A private configuration holding only the two DejaVu files: output does not depend on the machine. */
    FcConfig *config = FcConfigCreate();
    for (int i = 0; i < 2; i++)
        if (!FcConfigAppFontAddFile(config, (const FcChar8 *)font_files[i])) {
            fprintf(stderr, "reference: cannot load %s\n", font_files[i]);
            exit(1);
        }
    t->font_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(t->font_map), config);
    FcConfigDestroy(config); /* the font map holds its own reference */
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(t->font_map), 72);
    t->context = pango_font_map_create_context(t->font_map);
    pango_context_set_round_glyph_positions(t->context, FALSE);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(t->context, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(t->context, pango_language_from_string("en"));
    t->layout = pango_layout_new(t->context);
    for (int i = 0; i < 4; i++) {
        t->regular[i] = pango_font_description_new();
        pango_font_description_set_family_static(t->regular[i], "DejaVu Sans");
        pango_font_description_set_absolute_size(t->regular[i], sizes[i] * PANGO_SCALE);
        t->bold[i] = pango_font_description_copy_static(t->regular[i]);
        pango_font_description_set_weight(t->bold[i], PANGO_WEIGHT_BOLD);
    }
}

/* Lays out `text` at (x, y), wrapped at `width` points (0: no wrapping), draws it, returns its height. */
static double draw_text(cairo_t *cr, text_t *t, const char *text, int bold, int size, double x, double y,
                        double width) {
    PangoLayout *layout = t->layout;
    pango_layout_set_font_description(layout, bold ? t->bold[size] : t->regular[size]);
    pango_layout_set_width(layout, width > 0 ? (int)(width * PANGO_SCALE) : -1);
    pango_layout_set_text(layout, text, -1);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    return (double)h / PANGO_SCALE;
}

/* Same as draw_text, right-aligned so the text ends at `right`. */
static void draw_right(cairo_t *cr, text_t *t, const char *text, int size, double right, double y) {
    PangoLayout *layout = t->layout;
    pango_layout_set_font_description(layout, t->regular[size]);
    pango_layout_set_width(layout, -1);
    pango_layout_set_text(layout, text, -1);
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    cairo_move_to(cr, right - (double)w / PANGO_SCALE, y);
    pango_cairo_show_layout(cr, layout);
}

/* ---- the page ------------------------------------------------------------------------------------- */

static void rounded_box(cairo_t *cr, double x, double y, double w, double h) {
    const double r = 2.5;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -G_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, G_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, G_PI / 2, G_PI);
    cairo_arc(cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
    cairo_close_path(cr);
    cairo_stroke(cr);
}

static void hline(cairo_t *cr, double x0, double x1, double y, double width, double grey) {
    cairo_set_source_rgb(cr, grey, grey, grey);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

/* One day's session: a bold heading line and 1-3 lines of detail, varied by the client's generator. */
static void make_session(const client_t *c, uint64_t *s, int week, int day, char *head, size_t head_size,
                         char *body, size_t body_size) {
    int kind = (day == 1 || day == 4) ? 2 : (day == 3 || day == 6) ? 1 : 0;
    if (kind == 0) {
        int run = c->run_min + week / 3;
        if (pick(s, 2))
            snprintf(head, head_size, "Easy run %.1f km, conversational pace", c->easy_km + 0.5 * week);
        else
            snprintf(head, head_size, "Walk %d min, run %d min, %d times (%d min)", c->walk_min, run, c->repeats,
                     c->repeats * (c->walk_min + run));
        snprintf(body, body_size, "Cadence %d. Before: %s, %s\nMobility (about 3 min): %s", c->cadence + week / 3,
                 drills[pick(s, 5)], drills[pick(s, 5)], mobility[pick(s, 7)]);
    } else if (kind == 1) {
        int sets = 2 + (week + pick(s, 2)) / 4;
        snprintf(head, head_size, "Strength (about %d min)", 12 + 2 * sets);
        snprintf(body, body_size, "%s: %d x %d, %s: %d x %d s each side\n%s: %d x %d each side",
                 exercises[pick(s, 14)], sets, 8 + pick(s, 5), exercises[pick(s, 14)], sets, 15 + 5 * pick(s, 4),
                 exercises[pick(s, 14)], sets, 6 + pick(s, 6));
    } else {
        snprintf(head, head_size, "Rest. A %d min walk or an easy bike ride is fine.", 10 + 5 * pick(s, 4));
        snprintf(body, body_size, "Mobility (about %d min): %s", 3 + pick(s, 4), mobility[pick(s, 7)]);
    }
}

static void draw_page(cairo_t *cr, text_t *t, const client_t *c, uint64_t *s, int week) {
    const double right = PAGE_W - MARGIN, width = right - MARGIN, body = sizes[SIZE_BODY];
    char buf[1024], from[32], to[32];
    double y = MARGIN;

    cairo_set_source_rgb(cr, 0, 0, 0);
    snprintf(buf, sizeof buf, "Week %d of %d", week + 1, PAGES);
    y += draw_text(cr, t, buf, 1, SIZE_TITLE, MARGIN, y, 0) + 6;
    format_date(c->start_day + 7 * week, 1, from, sizeof from);
    format_date(c->start_day + 7 * week + 6, 1, to, sizeof to);
    snprintf(buf, sizeof buf, "%s \xC2\xB7 %s to %s", phases[week], from, to);
    y += draw_text(cr, t, buf, 1, SIZE_HEAD, MARGIN, y, width);
    snprintf(buf, sizeof buf,
             "This week you %s. Walk and run in turns on flat, soft ground, and keep every run easy. Only run "
             "more when your back is no worse the next morning.",
             week < 3 ? "let things calm down" : week < 7 ? "build up slowly" : "get back to your usual running");
    y += draw_text(cr, t, buf, 0, SIZE_BODY, MARGIN, y, width) + 6;
    y += draw_text(cr, t, "What changes this week, and why", 1, SIZE_HEAD, MARGIN, y, width);
    snprintf(buf, sizeof buf,
             "The runs are %d minutes longer. %s and %s get one more set. New exercise: %s. Its card shows you how. "
             "Count your steps for one minute on each run.",
             2 + week % 3, exercises[pick(s, 14)], exercises[pick(s, 14)], exercises[pick(s, 14)]);
    y += draw_text(cr, t, buf, 0, SIZE_BODY, MARGIN, y, width) + 4;
    y += draw_text(cr, t,
                   "\xE2\x80\xA2 To move on: pain stays at 3 or less, and is no worse the next morning than "
                   "before the session.",
                   1, SIZE_BODY, MARGIN, y, width) + 8;

    /* The grid's columns, as wide as Backstride's: day, what to do, done, pain during, next morning. */
    const double col_text = MARGIN + body * 5.2, col_pain = right - 2 * body * 5, col_next = right - body * 5;
    const double col_done = col_pain - body * 3.2, pad = body * 0.38, tick = body * 1.5;
    const double pain_w = body * 2.6, pain_h = tick * 1.2;
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    draw_text(cr, t, "Day", 0, SIZE_SMALL, MARGIN + 2, y + 11, 0);
    draw_text(cr, t, "What to do", 0, SIZE_SMALL, col_text + 2, y + 11, 0);
    draw_text(cr, t, "Done", 0, SIZE_SMALL, col_done + 5, y + 11, 0);
    draw_text(cr, t, "Pain during", 0, SIZE_SMALL, col_pain + 4, y + 11, 0);
    draw_text(cr, t, "Next\nmorning", 0, SIZE_SMALL, col_next + 12, y, 0);
    y += 24;
    hline(cr, MARGIN, right, y, 1.2, 0);

    for (int day = 0; day < DAYS; day++) {
        char head[160], detail[512], date[32];
        make_session(c, s, week, day, head, sizeof head, detail, sizeof detail);
        double top = y + pad;
        cairo_set_source_rgb(cr, 0, 0, 0);
        double dh = draw_text(cr, t, day_names[day], 1, SIZE_BODY, MARGIN + 2, top, 0);
        format_date(c->start_day + 7 * week + day, 0, date, sizeof date);
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        dh += draw_text(cr, t, date, 0, SIZE_SMALL, MARGIN + 2, top + dh + 1, 0);
        cairo_set_source_rgb(cr, 0, 0, 0);
        const double text_w = col_done - col_text - 4;
        double h = draw_text(cr, t, head, day == 1 || day == 4 ? 0 : 1, SIZE_BODY, col_text + 2, top, text_w) + 1;
        h += draw_text(cr, t, detail, 0, SIZE_BODY, col_text + 2 + body, top + h, text_w - body);

        /* Boxes to fill in: a tick box, then pain scores during the session and the next morning. */
        cairo_set_line_width(cr, 1.2);
        rounded_box(cr, col_done + (body * 3.2 - tick) / 2, top, tick, tick);
        for (int i = 0; i < 2; i++) {
            double x = col_pain + i * body * 5 + (body * 5 - pain_w - body * 1.6) / 2;
            cairo_set_source_rgb(cr, 0, 0, 0);
            rounded_box(cr, x, top, pain_w, pain_h);
            cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
            draw_text(cr, t, "/10", 0, SIZE_SMALL, x + pain_w + 2, top + pain_h - sizes[SIZE_SMALL] * 1.3, 0);
        }

        double row = h > dh ? h : dh;
        y = top + (row > pain_h ? row : pain_h) + pad;
        hline(cr, MARGIN, right, y, 0.6, 0.6);
    }

    y += body * 0.55;
    cairo_set_source_rgb(cr, 0, 0, 0);
    y += draw_text(cr, t, "Notes", 1, SIZE_BODY, MARGIN, y, 0);
    for (int line = 0; line < 4 && y + 2 * body < PAGE_H - MARGIN - 30; line++) {
        y += 2 * body;
        hline(cr, MARGIN, right, y, 0.6, 0.6);
    }

    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    snprintf(buf, sizeof buf, "Running plan for %s", c->name);
    draw_text(cr, t, buf, 0, SIZE_SMALL, MARGIN, PAGE_H - MARGIN - 11, 0);
    snprintf(buf, sizeof buf, "Page %d of %d", week + 1, PAGES);
    draw_right(cr, t, buf, SIZE_SMALL, right, PAGE_H - MARGIN - 11);
}

static void make_handout(text_t *t, const char *outdir, int index) {
    client_t c;
    make_client(index, &c);
    char path[4096];
    snprintf(path, sizeof path, "%s/client-%04d.pdf", outdir, index + 1);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Running plan");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, c.name);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "reference");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, STAMP);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, STAMP);
    cairo_t *cr = cairo_create(surface);
    pango_cairo_update_context(cr, t->context);
    uint64_t s = c.seed;
    for (int page = 0; page < PAGES; page++) {
        draw_page(cr, t, &c, &s, page);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "reference: %s: %s\n", path, cairo_status_to_string(status));
        exit(1);
    }
}

/* ---- main ----------------------------------------------------------------------------------------- */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: reference OUTDIR CLIENTS [JOBS]\n");
        return 2;
    }
    const char *outdir = argv[1];
    int clients = atoi(argv[2]);
    int jobs = argc > 3 ? atoi(argv[3]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (clients < 1 || jobs < 1) {
        fprintf(stderr, "reference: CLIENTS and JOBS must be positive numbers\n");
        return 2;
    }
    if (jobs > clients) jobs = clients;
    if (mkdir(outdir, 0777) != 0 && errno != EEXIST) {
        perror(outdir);
        return 1;
    }

    /* Find the two files once, as Backstride does; each worker builds its own private configuration. */
    FcConfig *system = FcInitLoadConfigAndFonts();
    font_files[0] = find_font(system, FC_WEIGHT_REGULAR);
    font_files[1] = find_font(system, FC_WEIGHT_BOLD);
    FcConfigDestroy(system);
    if (!font_files[0] || !font_files[1]) {
        fprintf(stderr, "reference: DejaVu Sans (Book and Bold) is not installed (apt-get install fonts-dejavu-core)\n");
        return 1;
    }

    double start = now();
    for (int k = 0; k < jobs; k++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            text_t t;
            text_init(&t);
            for (int i = k; i < clients; i += jobs) make_handout(&t, outdir, i);
            _exit(0);
        }
    }
    int failed = 0, status;
    while (wait(&status) > 0)
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
    double seconds = now() - start;
    if (failed) {
        fprintf(stderr, "reference: a worker failed\n");
        return 1;
    }
    int pages = clients * PAGES;
    printf("reference: %d handouts, %d pages in %.3f s, %.1f pages/s\n", clients, pages, seconds, pages / seconds);
    return 0;
}
