/*
 * The built-in dashboard: draws every page from the rpt rows embedded in the file and re-computes every figure for the filters.
 * Counts and amounts are summed; every rate is recomputed from its summed numerator and denominator (never an average of rates).
 * A filter that a row set has no column for (e.g. team on the cohort funnel) is not applied to it, and the panel says so.
 */
(function () {
    'use strict';

    var raw = JSON.parse(document.getElementById('dashboard-data').textContent);
    var T = {};
    Object.keys(raw.tables).forEach(function (name) {
        var t = raw.tables[name];
        T[name] = t.rows.map(function (r) {
            var o = {};
            t.columns.forEach(function (c, i) {
                o[c] = r[i];
            });
            return o;
        });
    });

    // ---- formats -------------------------------------------------------------------------------------------------------------
    var currency = raw.currency || 'USD';
    var moneyFull = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency, maximumFractionDigits: 0 });
    var moneyShort = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: currency,
        notation: 'compact',
        maximumFractionDigits: 1,
    });
    var countFull = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    var countShort = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
    var F = {
        count: function (v) {
            return v == null ? '—' : countFull.format(v);
        },
        countShort: function (v) {
            return v == null ? '—' : countShort.format(v);
        },
        money: function (v) {
            return v == null ? '—' : moneyFull.format(v);
        },
        moneyShort: function (v) {
            return v == null ? '—' : moneyShort.format(v);
        },
        percent: function (v) {
            return v == null ? '—' : (v * 100).toFixed(1) + ' %';
        },
        percent0: function (v) {
            return v == null ? '—' : countFull.format(Math.round(v * 100)) + ' %';
        },
        ratio: function (v) {
            return v == null ? '—' : v.toFixed(1) + ' : 1';
        },
        hours: function (v) {
            return v == null ? '—' : v.toFixed(1) + ' h';
        },
        days: function (v) {
            return v == null ? '—' : v.toFixed(1) + ' d';
        },
        month: function (m) {
            return m == null ? '' : String(m).slice(0, 4) + '-' + String(m).slice(4, 6);
        },
    };
    function div(n, d) {
        return d ? n / d : null;
    }
    function sum(rows, f) {
        var s = 0;
        rows.forEach(function (r) {
            s += (typeof f === 'function' ? f(r) : r[f]) || 0;
        });
        return s;
    }
    function distinct(values) {
        return Array.from(
            new Set(
                values.filter(function (v) {
                    return v != null && v !== '';
                }),
            ),
        ).sort();
    }
    function group(rows, key) {
        var m = new Map();
        rows.forEach(function (r) {
            var k = typeof key === 'function' ? key(r) : r[key];
            if (!m.has(k)) {
                m.set(k, []);
            }
            m.get(k).push(r);
        });
        return m;
    }
    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            e.setAttribute(k, attrs[k]);
        });
        if (text != null) {
            e.textContent = text;
        }
        return e;
    }

    // ---- stable colours: one per series name, fixed by its place in the whole data set (not in the filtered rows) ---
    var palette = [
        '#2f6fb3',
        '#e07b39',
        '#3a9e6f',
        '#c2464f',
        '#7b5cc4',
        '#b08a2e',
        '#3fa4b8',
        '#d46aa6',
        '#6b7a8f',
        '#8fb339',
        '#1b4f72',
        '#a0522d',
    ];
    var colourOf = {};
    function assignColours(names) {
        names.forEach(function (n) {
            if (!(n in colourOf)) {
                colourOf[n] = palette[Object.keys(colourOf).length % palette.length];
            }
        });
    }
    function colour(name) {
        assignColours([name]);
        return colourOf[name];
    }

    // ---- filters ----------------------------------------------------------------------------------------------------
    // Which filter each row set can honour, and by which column.
    var dims = {
        funnel: { month: 'Month', channel: 'Channel', persona: 'Persona' },
        velocity: { month: 'Month' },
        sla: { month: 'Month', team: 'Team', rep: 'Rep' },
        speed: { month: 'Month', team: 'Team', rep: 'Rep' },
        exceptions: { month: 'Month', team: 'Team', rep: 'Rep', persona: 'Persona' },
        reps: { month: 'Month', team: 'Team', rep: 'Rep' },
        months: { month: 'Month' },
        campaigns: { channel: 'Channel' },
        pipeline: { month: 'Month' },
        customers: { channel: 'Channel', persona: 'Persona' },
        datadriven: { channel: 'Channel' },
        plan: { month: 'Month', team: 'Team' },
        waterfall: { month: 'Month', team: 'Team', rep: 'Rep' },
        forecast: { month: 'Month' },
        slaimpact: { month: 'Month', team: 'Team', persona: 'Persona' },
        accountfunnel: { month: 'Month', channel: 'Channel', persona: 'Persona' },
        buyinggroups: { month: 'Month' },
    };
    var filterNames = { month: 'period', team: 'team', rep: 'rep', channel: 'channel', persona: 'persona' };
    var state = { from: '', to: '', team: '', rep: '', channel: '', persona: '' };

    function rowsOf(name) {
        var d = dims[name];
        return T[name].filter(function (r) {
            if (d.month && state.from && r[d.month] < +state.from) {
                return false;
            }
            if (d.month && state.to && r[d.month] > +state.to) {
                return false;
            }
            return ['team', 'rep', 'channel', 'persona'].every(function (k) {
                return !d[k] || !state[k] || r[d[k]] === state[k];
            });
        });
    }
    function activeFilters() {
        var a = [];
        if (state.from || state.to) {
            a.push('month');
        }
        ['team', 'rep', 'channel', 'persona'].forEach(function (k) {
            if (state[k]) {
                a.push(k);
            }
        });
        return a;
    }
    /** The active filters that none of the row sets behind a figure can honour, as a sentence ("" when all apply). */
    function scopeNote(names) {
        var ignored = activeFilters().filter(function (f) {
            return names.every(function (n) {
                return !dims[n][f];
            });
        });
        return ignored.length
            ? 'Not split by ' +
                  ignored
                      .map(function (f) {
                          return filterNames[f];
                      })
                      .join(', ') +
                  ': shows all.'
            : '';
    }

    var allMonths = distinct(
        [].concat.apply(
            [],
            ['funnel', 'velocity', 'sla', 'speed', 'exceptions', 'reps', 'months', 'pipeline'].map(function (n) {
                return T[n].map(function (r) {
                    return r.Month;
                });
            }),
        ),
    );
    var options = {
        team: distinct(
            [].concat(
                T.sla.map(function (r) {
                    return r.Team;
                }),
                T.speed.map(function (r) {
                    return r.Team;
                }),
                T.reps.map(function (r) {
                    return r.Team;
                }),
                T.exceptions.map(function (r) {
                    return r.Team;
                }),
            ),
        ),
        channel: distinct(
            [].concat(
                T.funnel.map(function (r) {
                    return r.Channel;
                }),
                T.campaigns.map(function (r) {
                    return r.Channel;
                }),
                T.customers.map(function (r) {
                    return r.Channel;
                }),
            ),
        ),
        persona: distinct(
            [].concat(
                T.funnel.map(function (r) {
                    return r.Persona;
                }),
                T.customers.map(function (r) {
                    return r.Persona;
                }),
                T.exceptions.map(function (r) {
                    return r.Persona;
                }),
            ),
        ),
    };
    var repTeams = {};
    ['sla', 'speed', 'reps', 'exceptions'].forEach(function (n) {
        T[n].forEach(function (r) {
            (repTeams[r.Rep] = repTeams[r.Rep] || new Set()).add(r.Team);
        });
    });
    assignColours(options.team);
    assignColours(options.channel);
    assignColours(options.persona);
    // Every other series gets its colour now, in a fixed order, so that it is the same whichever page is opened first.
    assignColours(['Bookings', 'Pipeline created', 'Leads', 'MQLs', 'Inquiry → MQL', 'Lead → customer', 'Average days in stage']);
    assignColours(['Avg hours to first touch', 'Within target', 'Coverage', 'Historical CLV', 'Predicted CLV']);
    assignColours(['Inquiries', 'Handoffs', 'SALs', 'SQLs', 'Opportunities', 'Customers']);
    assignColours(['Markov', 'Shapley']);
    assignColours(
        T.pipeline
            .slice()
            .sort(function (a, b) {
                return a.SortOrder - b.SortOrder;
            })
            .map(function (r) {
                return r.Stage;
            }),
    );

    // ---- page skeleton ----------------------------------------------------------------------------------------------
    var pages = [
        {
            id: 'executive',
            title: 'Executive',
            lead: 'The month-to-month picture: demand, the handoff SLA, bookings and what customers are worth.',
        },
        {
            id: 'funnel',
            title: 'Funnel',
            lead:
              'Cohort conversion (leads by the month of their first inquiry, followed through ' +
              'every stage) and how long each stage takes.',
        },
        {
            id: 'sla',
            title: 'SLA',
            lead:
              "Did sales respond in time? Compliance = clocks met ÷ clocks resolved (open clocks " +
              "excluded); hours are business hours of the rep's calendar.",
        },
        {
            id: 'campaigns',
            title: 'Campaigns & attribution',
            lead:
              'What each campaign cost and what it earned under the chosen attribution model; ' +
              'ROI = (attributed revenue − cost) ÷ cost.',
        },
        {
            id: 'pipeline',
            title: 'Pipeline',
            lead:
              'Open pipeline every week by stage, and coverage = pipeline closing in the next ' +
              'three months ÷ the bookings target for them.',
        },
        {
            id: 'customers',
            title: 'Customers',
            lead:
              'Customer lifetime value (lifetime revenue × gross margin; predicted = annual revenue × ' +
              'margin × expected lifetime) against acquisition cost.',
        },
        {
            id: 'accounts',
            title: 'Accounts',
            lead:
              'Accounts through Target → Engaged → MQA → Opportunity → Customer (by the month they became known), and ' +
              "new-business deals by how much of their buying group was engaged before the close.",
        },
    ];
    var header = el('header');
    header.appendChild(el('h1', null, 'Sales & marketing — one set of numbers'));
    header.appendChild(
        el(
            'p',
            { class: 'sub' },
            'Smarketing Warehouse · as of ' +
                (raw.asOfUtc ? raw.asOfUtc.slice(0, 16).replace('T', ' ') + ' UTC' : '—') +
                ' · figures from the rpt views · amounts in ' +
                currency,
        ),
    );
    var nav = el('nav', { role: 'tablist' });
    header.appendChild(nav);
    document.body.appendChild(header);

    var bar = el('div', { class: 'filters', 'data-filters': '' });
    function select(key, label, values, format) {
        var l = el('label', null, label);
        var s = el('select', { 'data-filter': key });
        s.appendChild(el('option', { value: '' }, key === 'from' ? 'First month' : key === 'to' ? 'Last month' : 'All'));
        values.forEach(function (v) {
            s.appendChild(el('option', { value: String(v) }, format ? format(v) : v));
        });
        s.addEventListener('change', function () {
            state[key] = s.value;
            if (key === 'team') {
                fillReps();
            }
            refresh();
        });
        l.appendChild(s);
        bar.appendChild(l);
        return s;
    }
    select('from', 'From', allMonths, F.month);
    select('to', 'To', allMonths, F.month);
    select('team', 'Team', options.team);
    var repSelect = select('rep', 'Rep', []);
    select('channel', 'Channel', options.channel);
    select('persona', 'Persona', options.persona);
    function fillReps() {
        var reps = Object.keys(repTeams)
            .filter(function (r) {
                return !state.team || repTeams[r].has(state.team);
            })
            .sort();
        if (state.rep && reps.indexOf(state.rep) < 0) {
            state.rep = '';
        }
        repSelect.innerHTML = '';
        repSelect.appendChild(el('option', { value: '' }, 'All'));
        reps.forEach(function (r) {
            repSelect.appendChild(el('option', { value: r }, r));
        });
        repSelect.value = state.rep;
    }
    fillReps();
    var reset = el('button', { type: 'button', 'data-reset': '' }, 'Clear filters');
    reset.addEventListener('click', function () {
        Object.keys(state).forEach(function (k) {
            state[k] = '';
        });
        bar.querySelectorAll('select').forEach(function (s) {
            s.value = '';
        });
        fillReps();
        refresh();
    });
    bar.appendChild(reset);
    var summary = el('span', { class: 'summary' });
    bar.appendChild(summary);
    document.body.appendChild(bar);

    var main = el('main');
    document.body.appendChild(main);
    // A link may open a page directly (dashboard.html#sla); switching pages updates the address so it can be shared.
    var current = pages.some(function (p) {
        return '#' + p.id === location.hash;
    })
        ? location.hash.slice(1)
        : 'executive';
    pages.forEach(function (p) {
        var b = el(
            'button',
            { type: 'button', role: 'tab', 'data-page-tab': p.id, 'aria-selected': String(p.id === current) },
            p.title,
        );
        b.addEventListener('click', function () {
            show(p.id);
        });
        nav.appendChild(b);
        var section = el('section', { class: 'page' + (p.id === current ? ' active' : ''), 'data-page': p.id });
        section.appendChild(el('p', { class: 'lead' }, p.lead));
        section.appendChild(el('div', { class: 'tiles' }));
        section.appendChild(el('div', { class: 'grid' }));
        main.appendChild(section);
    });
    function show(id) {
        current = id;
        if (history.replaceState) {
            history.replaceState(null, '', '#' + id);
        }
        nav.querySelectorAll('button').forEach(function (b) {
            b.setAttribute('aria-selected', String(b.getAttribute('data-page-tab') === id));
        });
        main.querySelectorAll('.page').forEach(function (s) {
            s.classList.toggle('active', s.getAttribute('data-page') === id);
        });
        refresh();
    }

    // ---- building blocks --------------------------------------------------------------------------------------------
    var charts = {};
    function tiles(page, list) {
        var box = main.querySelector('[data-page="' + page + '"] .tiles');
        box.innerHTML = '';
        list.forEach(function (k) {
            var v = k.value == null || !isFinite(k.value) ? null : k.value;
            var t = el('div', {
                class: 'kpi',
                'data-kpi': k.key,
                'data-value': v == null ? '' : String(Math.round(v * 1e6) / 1e6),
            });
            t.appendChild(el('div', { class: 'label' }, k.label));
            t.appendChild(el('div', { class: 'value' }, F[k.format](v)));
            t.appendChild(el('div', { class: 'note' }, k.note || ''));
            box.appendChild(t);
        });
    }
    /** A panel (created once, then updated): title, explanation, the filters it ignores, and a chart, a table or a
     *  no-data note. */
    function panel(page, key, title, explain, sources, opts) {
        var grid = main.querySelector('[data-page="' + page + '"] .grid');
        var p = grid.querySelector('[data-panel="' + key + '"]');
        if (!p) {
            p = el('div', { class: 'panel' + (opts && opts.wide ? ' wide' : ''), 'data-panel': key });
            p.appendChild(el('h2', null, title));
            p.appendChild(el('p', { class: 'explain' }, explain));
            p.appendChild(el('p', { class: 'scope' }));
            if (opts && opts.controls) {
                p.appendChild(opts.controls);
            }
            p.appendChild(el('div', { class: 'body' }));
            grid.appendChild(p);
        }
        p.querySelector('.scope').textContent = scopeNote(sources);
        return p.querySelector('.body');
    }
    function empty(body, key, message) {
        if (charts[key]) {
            charts[key].dispose();
            delete charts[key];
        }
        body.innerHTML = '';
        body.appendChild(el('div', { class: 'empty chart', 'data-empty': key }, message));
    }
    function chart(body, key, option, tall) {
        var box = body.querySelector('[data-chart="' + key + '"]');
        if (!box) {
            if (charts[key]) {
                charts[key].dispose();
                delete charts[key];
            }
            body.innerHTML = '';
            box = el('div', { class: 'chart' + (tall ? ' tall' : ''), 'data-chart': key });
            body.appendChild(box);
        }
        if (!charts[key]) {
            charts[key] = echarts.init(box, null, { renderer: 'svg' });
        }
        var font = { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 12, color: '#3d444d' };
        option.textStyle = font;
        option.animation = false;
        // A category axis on the left (campaigns, reps, stages) gets a margin measured from its longest label:
        // ECharts' own estimate samples the labels and clipped long campaign names.
        var names = option.yAxis && option.yAxis.type === 'category' ? option.yAxis.data : null;
        var left = names
            ? { left: 14 + Math.max.apply(null, names.map(textWidth).concat([20])), containLabel: false }
            : { left: 12, containLabel: true };
        option.grid = Object.assign({ right: 20, top: 40, bottom: 12 }, left, option.grid || {});
        if (names && option.xAxis && option.xAxis.type === 'value') {
            // The value axis of a bar list is narrower than the panel: fewer ticks keep labels such as "$40K" from touching.
            option.xAxis.splitNumber = option.xAxis.splitNumber || 4;
        }
        option.legend =
            option.legend === false
                ? undefined
                : Object.assign({ top: 4, type: 'scroll', textStyle: font }, option.legend || {});
        option.tooltip = Object.assign({ trigger: 'axis', confine: true }, option.tooltip || {});
        charts[key].setOption(option, true);
    }
    var measure = document.createElement('canvas').getContext('2d');
    function textWidth(text) {
        measure.font = '12px ' + getComputedStyle(document.body).fontFamily;
        return Math.ceil(measure.measureText(String(text)).width);
    }
    function table(body, key, columns, rows) {
        body.innerHTML = '';
        if (!rows.length) {
            return false;
        }
        var wrap = el('div', { class: 'table-wrap' });
        var t = el('table', { 'data-table': key });
        var head = el('tr');
        columns.forEach(function (c) {
            head.appendChild(el('th', c.num ? { class: 'num' } : null, c.title));
        });
        t.appendChild(el('thead')).appendChild(head);
        var tb = el('tbody');
        rows.forEach(function (r) {
            var tr = el('tr');
            columns.forEach(function (c) {
                var td = el('td', c.num ? { class: 'num' } : null);
                var v = c.value(r);
                if (v instanceof Node) {
                    td.appendChild(v);
                } else {
                    td.textContent = v;
                }
                tr.appendChild(td);
            });
            tb.appendChild(tr);
        });
        t.appendChild(tb);
        wrap.appendChild(t);
        body.appendChild(wrap);
        return true;
    }
    function axisMoney() {
        return { type: 'value', axisLabel: { formatter: F.moneyShort } };
    }
    function axisPercent(max) {
        return {
            type: 'value',
            max: max,
            axisLabel: {
                formatter: function (v) {
                    return Math.round(v * 100) + ' %';
                },
            },
        };
    }
    function months(rows) {
        return distinct(
            rows.map(function (r) {
                return r.Month;
            }),
        );
    }
    function byMonth(rows, ms, f) {
        var g = group(rows, 'Month');
        return ms.map(function (m) {
            return g.has(m) ? f(g.get(m)) : null;
        });
    }
    function valueTip(format) {
        return {
            valueFormatter: function (v) {
                return format(v);
            },
        };
    }

    // ---- figures shared by several pages -------------------------------------------------------------------------------------
    function headline(rows) {
        return rows.filter(function (r) {
            return r.SlaRule === raw.headlineSlaRule;
        });
    }
    function compliance(rows) {
        return div(sum(rows, 'Met'), sum(rows, 'Met') + sum(rows, 'Breached'));
    }
    function noSla() {
        return T.sla.length === 0
            ? 'No SLA rules matched this export: the warehouse holds no SLA clocks (no handoffs, or no ' +
              'slaRules in the funnel configuration).'
            : 'No SLA clocks for the selected filters.';
    }
    var headlineLabel = raw.headlineSlaRule
        ? 'SLA compliance (' + raw.headlineSlaRule + ')'
        : 'SLA compliance (no headline rule)';

    // ---- Executive --------------------------------------------------------------------------------------------------
    function executive() {
        var funnel = rowsOf('funnel'),
            sla = rowsOf('sla'),
            reps = rowsOf('reps'),
            exc = rowsOf('exceptions'),
            cust = rowsOf('customers');
        tiles('executive', [
            {
                key: 'leads',
                label: 'New leads (inquiry cohorts)',
                value: sum(funnel, 'Inquiries'),
                format: 'count',
                note: scopeNote(['funnel']),
            },
            {
                key: 'mqls',
                label: 'of which became MQLs',
                value: sum(funnel, 'Mqls'),
                format: 'count',
                note: scopeNote(['funnel']),
            },
            {
                key: 'leadToCustomer',
                label: 'Lead-to-customer rate',
                value: div(sum(funnel, 'Customers'), sum(funnel, 'Inquiries')),
                format: 'percent',
                note: scopeNote(['funnel']),
            },
            { key: 'sla', label: headlineLabel, value: compliance(headline(sla)), format: 'percent', note: scopeNote(['sla']) },
            {
                key: 'openExceptions',
                label: 'SLA exceptions on the list',
                value: exc.length,
                format: 'count',
                note: scopeNote(['exceptions']),
            },
            {
                key: 'bookings',
                label: 'Bookings (won, every type)',
                value: sum(reps, 'Bookings'),
                format: 'money',
                note: scopeNote(['reps']),
            },
            {
                key: 'pipelineCreated',
                label: 'Pipeline created',
                value: sum(reps, 'PipelineCreated'),
                format: 'money',
                note: scopeNote(['reps']),
            },
            {
                key: 'clvToCac',
                label: 'CLV : CAC (predicted)',
                value: div(sum(cust, 'NewCustomerPredictedClv'), sum(cust, 'AcquisitionCost')),
                format: 'ratio',
                note: scopeNote(['customers']),
            },
        ]);
        if (current !== 'executive') {
            return;
        }
        var b = panel(
            'executive',
            'bookings-trend',
            'Bookings and pipeline created by month',
            'Won amount by close month; pipeline = amount of ' + 'opportunities created in the month.',
            ['reps'],
        );
        var ms = months(reps);
        if (!ms.length) {
            empty(b, 'bookings-trend', 'No opportunities for the selected filters.');
        } else {
            chart(b, 'bookings-trend', {
                tooltip: valueTip(F.money),
                xAxis: { type: 'category', data: ms.map(F.month) },
                yAxis: axisMoney(),
                series: [
                    {
                        name: 'Bookings',
                        type: 'bar',
                        color: colour('Bookings'),
                        data: byMonth(reps, ms, function (g) {
                            return sum(g, 'Bookings');
                        }),
                    },
                    {
                        name: 'Pipeline created',
                        type: 'line',
                        color: colour('Pipeline created'),
                        symbolSize: 5,
                        data: byMonth(reps, ms, function (g) {
                            return sum(g, 'PipelineCreated');
                        }),
                    },
                ],
            });
        }
        b = panel(
            'executive',
            'leads-trend',
            'New leads and MQLs by cohort month',
            'Leads by the month of their first inquiry, and how many of ' + 'them have become MQLs so far.',
            ['funnel'],
        );
        ms = months(funnel);
        if (!ms.length) {
            empty(b, 'leads-trend', 'No leads for the selected filters.');
        } else {
            chart(b, 'leads-trend', {
                tooltip: valueTip(F.count),
                xAxis: { type: 'category', data: ms.map(F.month) },
                yAxis: { type: 'value' },
                series: [
                    {
                        name: 'Leads',
                        type: 'bar',
                        color: colour('Leads'),
                        data: byMonth(funnel, ms, function (g) {
                            return sum(g, 'Inquiries');
                        }),
                    },
                    {
                        name: 'MQLs',
                        type: 'bar',
                        color: colour('MQLs'),
                        data: byMonth(funnel, ms, function (g) {
                            return sum(g, 'Mqls');
                        }),
                    },
                ],
            });
        }
        slaTrend(
            panel(
                'executive',
                'sla-trend',
                headlineLabel + ' by month',
                'Clocks started in the month: met ÷ resolved, one line per team.',
                ['sla'],
            ),
            'sla-trend',
            headline(sla),
        );
        b = panel(
            'executive',
            'clv-cac',
            'CLV : CAC by acquisition channel',
            'Predicted lifetime value of new customers ÷ their acquisition ' + 'cost (default attribution model).',
            ['customers'],
        );
        channelRatio(b, 'clv-cac', cust);
    }
    function slaTrend(b, key, rows) {
        var ms = months(rows);
        if (!ms.length) {
            empty(b, key, noSla());
            return;
        }
        var teams = distinct(
            rows.map(function (r) {
                return r.Team;
            }),
        );
        chart(b, key, {
            tooltip: valueTip(F.percent),
            xAxis: { type: 'category', data: ms.map(F.month) },
            yAxis: axisPercent(1),
            series: teams.map(function (t) {
                return {
                    name: t,
                    type: 'line',
                    connectNulls: true,
                    color: colour(t),
                    symbolSize: 5,
                    data: byMonth(
                        rows.filter(function (r) {
                            return r.Team === t;
                        }),
                        ms,
                        compliance,
                    ),
                };
            }),
        });
    }
    function channelRatio(b, key, cust) {
        var g = group(cust, 'Channel');
        var names = Array.from(g.keys())
            .filter(function (c) {
                return sum(g.get(c), 'AcquisitionCost') > 0;
            })
            .sort();
        if (!names.length) {
            empty(
                b,
                key,
                T.customers.length
                    ? 'No customers with an acquisition cost for the selected filters.'
                    : 'No customers in this export yet: CLV needs won opportunities on accounts.',
            );
            return;
        }
        chart(b, key, {
            legend: false,
            tooltip: valueTip(F.ratio),
            xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 20 : 0 } },
            yAxis: {
                type: 'value',
                axisLabel: {
                    formatter: function (v) {
                        return v + ' : 1';
                    },
                },
            },
            series: [
                {
                    name: 'CLV : CAC',
                    type: 'bar',
                    label: {
                        show: true,
                        position: 'top',
                        formatter: function (p) {
                            return F.ratio(p.value);
                        },
                    },
                    data: names.map(function (c) {
                        return {
                            value: div(sum(g.get(c), 'NewCustomerPredictedClv'), sum(g.get(c), 'AcquisitionCost')),
                            itemStyle: { color: colour(c) },
                        };
                    }),
                },
            ],
        });
    }

    // ---- Funnel -----------------------------------------------------------------------------------------------------
    var stages = [
        ['Inquiries', 'Inquiries'],
        ['Mqls', 'MQLs'],
        ['Handoffs', 'Handoffs'],
        ['Sals', 'SALs'],
        ['Sqls', 'SQLs'],
        ['Opportunities', 'Opportunities'],
        ['Customers', 'Customers'],
    ];
    var steps = [
        ['InquiryThenMql', 'Inquiries', 'Inquiry → MQL'],
        ['MqlThenHandoff', 'Mqls', 'MQL → handoff'],
        ['HandoffThenSal', 'Handoffs', 'Handoff → SAL'],
        ['SalThenSql', 'Sals', 'SAL → SQL'],
        ['SqlThenOpportunity', 'Sqls', 'SQL → opportunity'],
        ['OpportunityThenWon', 'Opportunities', 'Opportunity → won'],
    ];
    function funnelPage() {
        var funnel = rowsOf('funnel'),
            vel = rowsOf('velocity');
        var note = scopeNote(['funnel']);
        tiles(
            'funnel',
            [
                {
                    key: 'funnelLeads',
                    label: 'Leads in the cohorts',
                    value: sum(funnel, 'Inquiries'),
                    format: 'count',
                    note: note,
                },
            ]
                .concat(
                    steps.map(function (s) {
                        return {
                            key: 'rate' + s[0],
                            label: s[2],
                            value: div(sum(funnel, s[0]), sum(funnel, s[1])),
                            format: 'percent',
                            note: note,
                        };
                    }),
                )
                .concat([
                    {
                        key: 'funnelLeadToCustomer',
                        label: 'Lead → customer',
                        value: div(sum(funnel, 'Customers'), sum(funnel, 'Inquiries')),
                        format: 'percent',
                        note: note,
                    },
                ]),
        );
        if (current !== 'funnel') {
            return;
        }
        var b = panel(
            'funnel',
            'funnel',
            'Leads reaching each stage',
            'Leads of the selected cohorts that reached the stage in any cycle.',
            ['funnel'],
        );
        if (!funnel.length) {
            empty(b, 'funnel', 'No leads for the selected filters.');
        } else {
            chart(b, 'funnel', {
                legend: false,
                tooltip: valueTip(F.count),
                grid: { right: 60 },
                yAxis: {
                    type: 'category',
                    inverse: true,
                    data: stages.map(function (s) {
                        return s[1];
                    }),
                },
                xAxis: { type: 'value' },
                series: [
                    {
                        name: 'Leads',
                        type: 'bar',
                        label: {
                            show: true,
                            position: 'right',
                            formatter: function (p) {
                                return F.count(p.value);
                            },
                        },
                        data: stages.map(function (s) {
                            return { value: sum(funnel, s[0]), itemStyle: { color: colour(s[1]) } };
                        }),
                    },
                ],
            });
        }
        b = panel(
            'funnel',
            'cohort-conversion',
            'Cohort conversion by month of first inquiry',
            "Share of each month's new leads that became " + 'MQLs and customers so far (recent cohorts are still converting).',
            ['funnel'],
        );
        var ms = months(funnel);
        if (!ms.length) {
            empty(b, 'cohort-conversion', 'No leads for the selected filters.');
        } else {
            chart(b, 'cohort-conversion', {
                tooltip: valueTip(F.percent),
                xAxis: { type: 'category', data: ms.map(F.month) },
                yAxis: axisPercent(),
                series: [
                    {
                        name: 'Inquiry → MQL',
                        type: 'line',
                        color: colour('Inquiry → MQL'),
                        symbolSize: 5,
                        data: byMonth(funnel, ms, function (g) {
                            return div(sum(g, 'InquiryThenMql'), sum(g, 'Inquiries'));
                        }),
                    },
                    {
                        name: 'Lead → customer',
                        type: 'line',
                        color: colour('Lead → customer'),
                        symbolSize: 5,
                        data: byMonth(funnel, ms, function (g) {
                            return div(sum(g, 'Customers'), sum(g, 'Inquiries'));
                        }),
                    },
                ],
            });
        }
        b = panel(
            'funnel',
            'velocity',
            'Velocity: average days in each stage',
            'Completed stays entered in the period; recycled leads count ' + 'once per stay.',
            ['velocity'],
        );
        var g = group(vel, 'Stage');
        var names = Array.from(g.keys())
            .filter(function (s) {
                return sum(g.get(s), 'Exits') > 0;
            })
            .sort(function (a, c) {
                return g.get(a)[0].SortOrder - g.get(c)[0].SortOrder;
            });
        if (!names.length) {
            empty(
                b,
                'velocity',
                T.velocity.length ? 'No completed stage stays in the selected period.' : 'No stage history in this export.',
            );
        } else {
            chart(
                b,
                'velocity',
                {
                    legend: false,
                    tooltip: valueTip(F.days),
                    grid: { right: 50 },
                    yAxis: { type: 'category', inverse: true, data: names },
                    xAxis: { type: 'value', name: 'days', nameLocation: 'end' },
                    series: [
                        {
                            name: 'Average days in stage',
                            type: 'bar',
                            color: colour('Average days in stage'),
                            label: {
                                show: true,
                                position: 'right',
                                formatter: function (p) {
                                    return F.days(p.value);
                                },
                            },
                            data: names.map(function (s) {
                                return div(sum(g.get(s), 'DaysInStage'), sum(g.get(s), 'Exits'));
                            }),
                        },
                    ],
                },
                names.length > 8,
            );
        }
        b = panel(
            'funnel',
            'velocity-table',
            'Stage entries and exits',
            'Entries in the period, completed stays and their average length.',
            ['velocity'],
        );
        if (
            !table(
                b,
                'velocity',
                [
                    {
                        title: 'Stage',
                        value: function (s) {
                            return s;
                        },
                    },
                    {
                        title: 'Entries',
                        num: true,
                        value: function (s) {
                            return F.count(sum(g.get(s), 'Entries'));
                        },
                    },
                    {
                        title: 'Completed',
                        num: true,
                        value: function (s) {
                            return F.count(sum(g.get(s), 'Exits'));
                        },
                    },
                    {
                        title: 'Avg days',
                        num: true,
                        value: function (s) {
                            return F.days(div(sum(g.get(s), 'DaysInStage'), sum(g.get(s), 'Exits')));
                        },
                    },
                ],
                Array.from(g.keys()).sort(function (a, c) {
                    return g.get(a)[0].SortOrder - g.get(c)[0].SortOrder;
                }),
            )
        ) {
            empty(b, 'velocity-table', 'No stage history for the selected period.');
        }
    }

    // ---- SLA --------------------------------------------------------------------------------------------------------
    var ruleState = null;
    var ruleSelect = el('select', { 'data-control': 'sla-rule' });
    var ruleControls = el('div', { class: 'controls' }, 'SLA rule ');
    ruleControls.appendChild(ruleSelect);
    distinct(
        T.sla.map(function (r) {
            return r.SlaRule;
        }),
    ).forEach(function (r) {
        ruleSelect.appendChild(el('option', { value: r }, r));
    });
    ruleSelect.appendChild(el('option', { value: '*' }, 'All rules'));
    ruleState =
        raw.headlineSlaRule &&
        T.sla.some(function (r) {
            return r.SlaRule === raw.headlineSlaRule;
        })
            ? raw.headlineSlaRule
            : '*';
    ruleSelect.value = ruleState;
    ruleSelect.addEventListener('change', function () {
        ruleState = ruleSelect.value;
        refresh();
    });
    function slaPage() {
        var sla = rowsOf('sla'),
            speed = rowsOf('speed'),
            exc = rowsOf('exceptions');
        var head = headline(sla);
        tiles('sla', [
            { key: 'slaHeadline', label: headlineLabel, value: compliance(head), format: 'percent', note: scopeNote(['sla']) },
            {
                key: 'slaAllRules',
                label: 'SLA compliance, every rule',
                value: compliance(sla),
                format: 'percent',
                note: scopeNote(['sla']),
            },
            {
                key: 'slaOpenOverdue',
                label: 'Open clocks past due',
                value: sum(sla, 'OpenOverdue'),
                format: 'count',
                note: scopeNote(['sla']),
            },
            {
                key: 'slaHoursToResolve',
                label: 'Avg business hours to resolve (headline)',
                value: div(sum(head, 'HoursToResolve'), sum(head, 'Met') + sum(head, 'Breached')),
                format: 'hours',
                note: scopeNote(['sla']),
            },
            {
                key: 'speedToLead',
                label: 'Speed to lead (avg business hours)',
                value: div(sum(speed, 'HoursToFirstTouch'), sum(speed, 'Touched')),
                format: 'hours',
                note: scopeNote(['speed']),
            },
            {
                key: 'speedWithinTarget',
                label: 'First touch within target',
                value: div(sum(speed, 'WithinTarget'), sum(speed, 'Touched')),
                format: 'percent',
                note: scopeNote(['speed']),
            },
            {
                key: 'exceptions',
                label: "Exceptions on the managers' list",
                value: exc.length,
                format: 'count',
                note: scopeNote(['exceptions']),
            },
        ]);
        if (current !== 'sla') {
            return;
        }
        var ruled =
            ruleState === '*'
                ? sla
                : sla.filter(function (r) {
                      return r.SlaRule === ruleState;
                  });
        var b = panel(
            'sla',
            'sla-team',
            'Compliance by team',
            'Clocks met ÷ clocks resolved for the chosen rule (open clocks are not yet counted).',
            ['sla'],
            { controls: ruleControls },
        );
        var g = group(ruled, 'Team');
        var teams = Array.from(g.keys()).sort();
        if (!teams.length) {
            empty(b, 'sla-team', noSla());
        } else {
            chart(b, 'sla-team', {
                legend: false,
                tooltip: valueTip(F.percent),
                xAxis: { type: 'category', data: teams, axisLabel: { interval: 0 } },
                yAxis: axisPercent(1),
                series: [
                    {
                        name: 'Compliance',
                        type: 'bar',
                        barMaxWidth: 70,
                        label: {
                            show: true,
                            position: 'top',
                            formatter: function (p) {
                                return F.percent(p.value);
                            },
                        },
                        data: teams.map(function (t) {
                            return { value: compliance(g.get(t)), itemStyle: { color: colour(t) } };
                        }),
                    },
                ],
            });
        }
        b = panel(
            'sla',
            'sla-rep',
            'Compliance by rep',
            "Worst first; bar colour is the rep's team. Reps with no resolved clock are left out.",
            ['sla'],
        );
        var gr = group(ruled, 'Rep');
        var reps = Array.from(gr.keys())
            .filter(function (r) {
                return compliance(gr.get(r)) != null;
            })
            .sort(function (a, c) {
                return compliance(gr.get(a)) - compliance(gr.get(c)) || a.localeCompare(c);
            });
        if (!reps.length) {
            empty(b, 'sla-rep', noSla());
        } else {
            chart(
                b,
                'sla-rep',
                {
                    legend: false,
                    tooltip: valueTip(F.percent),
                    grid: { right: 60 },
                    xAxis: axisPercent(1),
                    yAxis: { type: 'category', inverse: true, data: reps, axisLabel: { interval: 0 } },
                    series: [
                        {
                            name: 'Compliance',
                            type: 'bar',
                            barMaxWidth: 26,
                            label: {
                                show: true,
                                position: 'right',
                                formatter: function (p) {
                                    return F.percent(p.value);
                                },
                            },
                            data: reps.map(function (r) {
                                return { value: compliance(gr.get(r)), itemStyle: { color: colour(gr.get(r)[0].Team) } };
                            }),
                        },
                    ],
                },
                reps.length > 10,
            );
        }
        slaTrend(
            panel('sla', 'sla-month', 'Compliance by month and team', 'The chosen rule, clocks by the month they started.', [
                'sla',
            ]),
            'sla-month',
            ruled,
        );
        b = panel(
            'sla',
            'speed',
            'Speed to lead by month',
            "Business hours from handoff to the owner's first call or e-mail (touched leads), and the " +
                'share touched within target.',
            ['speed'],
        );
        var ms = months(speed);
        if (!ms.length) {
            empty(
                b,
                'speed',
                T.speed.length
                    ? 'No handoffs for the selected filters.'
                    : 'No speed-to-lead rule matched this export (no SLA rule stops at the first sales touch).',
            );
        } else {
            chart(b, 'speed', {
                xAxis: { type: 'category', data: ms.map(F.month) },
                yAxis: [
                    {
                        type: 'value',
                        axisLabel: {
                            formatter: function (v) {
                                return v + ' h';
                            },
                        },
                    },
                    axisPercent(1),
                ],
                tooltip: { formatter: undefined },
                series: [
                    {
                        name: 'Avg hours to first touch',
                        type: 'bar',
                        color: colour('Avg hours to first touch'),
                        tooltip: valueTip(F.hours),
                        data: byMonth(speed, ms, function (x) {
                            return div(sum(x, 'HoursToFirstTouch'), sum(x, 'Touched'));
                        }),
                    },
                    {
                        name: 'Within target',
                        type: 'line',
                        yAxisIndex: 1,
                        color: colour('Within target'),
                        symbolSize: 5,
                        tooltip: valueTip(F.percent),
                        data: byMonth(speed, ms, function (x) {
                            return div(sum(x, 'WithinTarget'), sum(x, 'Touched'));
                        }),
                    },
                ],
            });
        }
        b = panel(
            'sla',
            'exceptions-by-rep',
            'Exceptions by manager and rep',
            "The managers' list summed: how many leads waited past target and " + 'for how long (business hours).',
            ['exceptions'],
            { wide: true },
        );
        var byRep = group(exc, function (r) {
            return r.Manager + '\u0000' + r.Rep;
        });
        var keys = Array.from(byRep.keys()).sort(function (a, c) {
            return byRep.get(c).length - byRep.get(a).length || a.localeCompare(c);
        });
        function count(rows, type) {
            return rows.filter(function (r) {
                return r.ExceptionType === type;
            }).length;
        }
        if (
            !table(
                b,
                'exceptions-by-rep',
                [
                    {
                        title: 'Manager',
                        value: function (k) {
                            return byRep.get(k)[0].Manager;
                        },
                    },
                    {
                        title: 'Rep',
                        value: function (k) {
                            return byRep.get(k)[0].Rep;
                        },
                    },
                    {
                        title: 'Team',
                        value: function (k) {
                            return byRep.get(k)[0].Team;
                        },
                    },
                    {
                        title: 'Open past due',
                        num: true,
                        value: function (k) {
                            return F.count(count(byRep.get(k), 'Open past due'));
                        },
                    },
                    {
                        title: 'Breached',
                        num: true,
                        value: function (k) {
                            return F.count(count(byRep.get(k), 'Breached'));
                        },
                    },
                    {
                        title: 'No touch',
                        num: true,
                        value: function (k) {
                            return F.count(count(byRep.get(k), 'No touch'));
                        },
                    },
                    {
                        title: 'Avg waited',
                        num: true,
                        value: function (k) {
                            return F.hours(div(sum(byRep.get(k), 'ElapsedBusinessHours'), byRep.get(k).length));
                        },
                    },
                    {
                        title: 'Worst over target',
                        num: true,
                        value: function (k) {
                            return F.hours(
                                Math.max.apply(
                                    null,
                                    byRep.get(k).map(function (r) {
                                        return r.HoursOverdue;
                                    }),
                                ),
                            );
                        },
                    },
                ],
                keys,
            )
        ) {
            empty(
                b,
                'exceptions-by-rep',
                T.exceptions.length
                    ? 'No exceptions for the selected filters.'
                    : 'No SLA exceptions: every clock is within target.',
            );
        }
        b = panel(
            'sla',
            'exceptions',
            'Exceptions list (worst 100)',
            '"Waited" is the business time the lead waited — for "No touch" the time until ' +
                'it left sales without a call or e-mail. Leads by Salesforce id only.',
            ['exceptions'],
            { wide: true },
        );
        if (
            !table(
                b,
                'sla-exceptions',
                [
                    {
                        title: 'Manager',
                        value: function (r) {
                            return r.Manager;
                        },
                    },
                    {
                        title: 'Rep',
                        value: function (r) {
                            return r.Rep;
                        },
                    },
                    {
                        title: 'Lead',
                        value: function (r) {
                            return r.LeadId || '';
                        },
                    },
                    {
                        title: 'Rule',
                        value: function (r) {
                            return r.SlaRule;
                        },
                    },
                    {
                        title: 'Exception',
                        value: function (r) {
                            return el(
                                'span',
                                {
                                    class:
                                        'tag ' +
                                        (r.ExceptionType === 'Open past due'
                                            ? 'open'
                                            : r.ExceptionType === 'No touch'
                                              ? 'notouch'
                                              : 'breached'),
                                },
                                r.ExceptionType,
                            );
                        },
                    },
                    {
                        title: 'Started',
                        value: function (r) {
                            return F.month(r.Month);
                        },
                    },
                    {
                        title: 'Target',
                        num: true,
                        value: function (r) {
                            return F.hours(r.TargetBusinessHours);
                        },
                    },
                    {
                        title: 'Waited',
                        num: true,
                        value: function (r) {
                            return F.hours(r.ElapsedBusinessHours);
                        },
                    },
                    {
                        title: 'Over target',
                        num: true,
                        value: function (r) {
                            return F.hours(r.HoursOverdue);
                        },
                    },
                ],
                exc.slice(0, 100),
            )
        ) {
            empty(
                b,
                'sla-exceptions',
                T.exceptions.length
                    ? 'No exceptions for the selected filters.'
                    : 'No SLA exceptions: every clock is within target.',
            );
        }
    }

    // ---- Campaigns & attribution ------------------------------------------------------------------------------------
    var models = distinct(
        T.campaigns.map(function (r) {
            return r.Model;
        }),
    );
    // Models get shades of their own, so that on the campaigns page a model is never mistaken for a channel.
    var modelPalette = [
        '#08306b',
        '#2171b5',
        '#6baed6',
        '#41ab5d',
        '#006d2c',
        '#fd8d3c',
        '#d94801',
        '#7f2704',
        '#6a51a3',
        '#969696',
    ];
    models.forEach(function (m, i) {
        colourOf[m] = modelPalette[i % modelPalette.length];
    });
    var defaultModel = (
        T.campaigns.filter(function (r) {
            return r.IsDefaultModel;
        })[0] || { Model: models[0] }
    ).Model;
    var modelState = defaultModel;
    var modelSelect = el('select', { 'data-control': 'model' });
    models.forEach(function (m) {
        modelSelect.appendChild(el('option', { value: m }, m + (m === defaultModel ? ' (default)' : '')));
    });
    modelSelect.value = modelState || '';
    modelSelect.addEventListener('change', function () {
        modelState = modelSelect.value;
        refresh();
    });
    var modelControls = el('div', { class: 'controls' }, 'Attribution model ');
    modelControls.appendChild(modelSelect);
    function roi(rows) {
        var c = sum(rows, 'Cost');
        return c ? (sum(rows, 'AttributedRevenue') - c) / c : null;
    }
    function cac(rows) {
        return div(sum(rows, 'Cost'), sum(rows, 'AttributedNewCustomers'));
    }
    function campaignsPage() {
        var all = rowsOf('campaigns');
        var camp = all.filter(function (r) {
            return r.Model === modelState;
        });
        var note = scopeNote(['campaigns']);
        tiles('campaigns', [
            { key: 'campaignCost', label: 'Campaign cost', value: sum(camp, 'Cost'), format: 'money', note: note },
            {
                key: 'campaignRevenue',
                label: 'Attributed revenue (' + (modelState || '—') + ')',
                value: sum(camp, 'AttributedRevenue'),
                format: 'money',
                note: note,
            },
            {
                key: 'campaignRoi',
                label: 'ROI (' + (modelState || '—') + ')',
                value: roi(camp),
                format: 'percent0',
                note: note,
            },
            { key: 'campaignCac', label: 'CAC (' + (modelState || '—') + ')', value: cac(camp), format: 'money', note: note },
            {
                key: 'campaignLeads',
                label: 'Leads created by campaigns',
                value: sum(camp, 'Leads'),
                format: 'count',
                note: note,
            },
            {
                key: 'costPerLead',
                label: 'Cost per lead',
                value: div(sum(camp, 'Cost'), sum(camp, 'Leads')),
                format: 'money',
                note: note,
            },
        ]);
        if (current !== 'campaigns') {
            return;
        }
        var top = camp
            .filter(function (r) {
                return r.Cost > 0;
            })
            .sort(function (a, c) {
                return c.Cost - a.Cost || a.Campaign.localeCompare(c.Campaign);
            })
            .slice(0, 15);
        var b = panel(
            'campaigns',
            'campaign-roi',
            'ROI per campaign',
            'The 15 costliest campaigns under the chosen model, bar colour by channel.',
            ['campaigns'],
            { controls: modelControls },
        );
        var noCampaigns = T.campaigns.length
            ? 'No campaign with a cost for the selected filters.'
            : 'No campaigns in this export (Campaign.csv is empty or missing).';
        if (!top.length) {
            empty(b, 'campaign-roi', noCampaigns);
        } else {
            chart(
                b,
                'campaign-roi',
                {
                    legend: false,
                    tooltip: valueTip(F.percent0),
                    grid: { right: 70 },
                    xAxis: {
                        type: 'value',
                        axisLabel: {
                            formatter: function (v) {
                                return F.percent0(v);
                            },
                        },
                    },
                    yAxis: {
                        type: 'category',
                        inverse: true,
                        data: top.map(function (r) {
                            return r.Campaign;
                        }),
                        axisLabel: { interval: 0 },
                    },
                    series: [
                        {
                            name: 'ROI',
                            type: 'bar',
                            label: {
                                show: true,
                                position: 'right',
                                formatter: function (p) {
                                    return F.percent0(p.value);
                                },
                            },
                            data: top.map(function (r) {
                                return { value: roi([r]), itemStyle: { color: colour(r.Channel) } };
                            }),
                        },
                    ],
                },
                true,
            );
        }
        b = panel(
            'campaigns',
            'campaign-cac',
            'CAC per campaign',
            'Cost ÷ new customers attributed under the chosen model (campaigns that won none are left out).',
            ['campaigns'],
        );
        var withCac = top.filter(function (r) {
            return r.AttributedNewCustomers > 0;
        });
        if (!withCac.length) {
            empty(
                b,
                'campaign-cac',
                top.length ? 'No new customers attributed to these campaigns under this model.' : noCampaigns,
            );
        } else {
            chart(
                b,
                'campaign-cac',
                {
                    legend: false,
                    tooltip: valueTip(F.money),
                    grid: { right: 80 },
                    xAxis: axisMoney(),
                    yAxis: {
                        type: 'category',
                        inverse: true,
                        data: withCac.map(function (r) {
                            return r.Campaign;
                        }),
                        axisLabel: { interval: 0 },
                    },
                    series: [
                        {
                            name: 'CAC',
                            type: 'bar',
                            barMaxWidth: 26,
                            label: {
                                show: true,
                                position: 'right',
                                formatter: function (p) {
                                    return F.moneyShort(p.value);
                                },
                            },
                            data: withCac.map(function (r) {
                                return { value: cac([r]), itemStyle: { color: colour(r.Channel) } };
                            }),
                        },
                    ],
                },
                true,
            );
        }
        b = panel(
            'campaigns',
            'model-comparison',
            'Model comparison: attributed revenue by channel',
            'The same revenue shared out by each model; ' +
                'first touch favours the channels that open deals, last touch those that close them.',
            ['campaigns'],
            { wide: true },
        );
        var channels = distinct(
            all.map(function (r) {
                return r.Channel;
            }),
        );
        if (!all.length) {
            empty(b, 'model-comparison', noCampaigns);
        } else {
            chart(b, 'model-comparison', {
                tooltip: valueTip(F.money),
                xAxis: { type: 'category', data: channels, axisLabel: { interval: 0 } },
                yAxis: axisMoney(),
                series: models.map(function (m) {
                    var g = group(
                        all.filter(function (r) {
                            return r.Model === m;
                        }),
                        'Channel',
                    );
                    return {
                        name: m,
                        type: 'bar',
                        color: colour(m),
                        data: channels.map(function (c) {
                            return g.has(c) ? sum(g.get(c), 'AttributedRevenue') : 0;
                        }),
                    };
                }),
            });
        }
        b = panel(
            'campaigns',
            'model-roi',
            'ROI by channel under each model',
            'Every model shares out the same revenue, so the totals agree; ' +
                'what differs is which channels earn it. Channels without cost are left out.',
            ['campaigns'],
            { wide: true },
        );
        var costly = channels.filter(function (c) {
            return (
                sum(
                    all.filter(function (r) {
                        return r.Channel === c && r.Model === models[0];
                    }),
                    'Cost',
                ) > 0
            );
        });
        if (!costly.length) {
            empty(b, 'model-roi', noCampaigns);
        } else {
            chart(b, 'model-roi', {
                tooltip: valueTip(F.percent0),
                xAxis: { type: 'category', data: costly, axisLabel: { interval: 0 } },
                yAxis: {
                    type: 'value',
                    axisLabel: {
                        formatter: function (v) {
                            return F.percent0(v);
                        },
                    },
                },
                series: models.map(function (m) {
                    return {
                        name: m,
                        type: 'bar',
                        color: colour(m),
                        data: costly.map(function (c) {
                            return roi(
                                all.filter(function (r) {
                                    return r.Model === m && r.Channel === c;
                                }),
                            );
                        }),
                    };
                }),
            });
        }
    }

    // ---- Data-driven attribution (part of Campaigns & attribution) --------------------------------------------------
    function dataDrivenPanels() {
        var rows = rowsOf('datadriven');
        var why = T.datadriven.length
            ? 'No journey touched the selected channel.'
            : 'No data-driven attribution: no person has a touch in the window (or attribution.dataDriven.enabled is false).';
        var b = panel(
            'campaigns',
            'data-driven',
            'Data-driven credit share by channel',
            "Each channel's share of the conversions under the Markov chain (removal effect) and the Shapley value, " +
                'fitted on every journey, converted or not; hover for the P5–P95 bootstrap interval. ' +
                'The models describe all journeys, so only the channel filter applies.',
            ['datadriven'],
            { wide: true },
        );
        var channels = distinct(
            rows.map(function (r) {
                return r.Channel;
            }),
        );
        var ddModels = distinct(
            rows.map(function (r) {
                return r.Model;
            }),
        );
        if (!rows.length) {
            empty(b, 'data-driven', why);
        } else {
            chart(b, 'data-driven', {
                tooltip: {
                    formatter: function (ps) {
                        return ps
                            .map(function (p) {
                                var r = rows.filter(function (x) {
                                    return x.Model === p.seriesName && x.Channel === p.name;
                                })[0];
                                return (
                                    p.seriesName + ' · ' + p.name + ': ' + F.percent(r.CreditShare) +
                                    ' (P5–P95 ' + F.percent(r.CreditShareLow) + ' – ' + F.percent(r.CreditShareHigh) + ')'
                                );
                            })
                            .join('<br>');
                    },
                },
                xAxis: { type: 'category', data: channels, axisLabel: { interval: 0 } },
                yAxis: axisPercent(),
                series: ddModels.map(function (m) {
                    return {
                        name: m,
                        type: 'bar',
                        color: colour(m),
                        data: channels.map(function (c) {
                            var r = rows.filter(function (x) {
                                return x.Model === m && x.Channel === c;
                            })[0];
                            return r ? r.CreditShare : 0;
                        }),
                    };
                }),
            });
        }
        b = panel(
            'campaigns',
            'data-driven-table',
            'Data-driven credit with its interval',
            'Credited conversions and share per channel and model; the interval is the 5th to 95th percentile of the share ' +
                'over the bootstrap resamples (docs/METRICS.md).',
            ['datadriven'],
            { wide: true },
        );
        if (
            !table(
                b,
                'data-driven-table',
                [
                    { title: 'Channel', value: function (r) { return r.Channel; } },
                    { title: 'Model', value: function (r) { return r.Model; } },
                    { title: 'Credited conversions', num: true, value: function (r) { return r.CreditedConversions.toFixed(1); } },
                    { title: 'Share', num: true, value: function (r) { return F.percent(r.CreditShare); } },
                    { title: 'P5', num: true, value: function (r) { return F.percent(r.CreditShareLow); } },
                    { title: 'P95', num: true, value: function (r) { return F.percent(r.CreditShareHigh); } },
                ],
                rows,
            )
        ) {
            empty(b, 'data-driven-table', why);
        }
    }

    // ---- Revenue planning (parts of Pipeline and SLA) ---------------------------------------------------------------
    // Definitions: docs/METRICS.md, Revenue planning. Every figure is a sum of the rows in the filter; rates are recomputed
    // from the summed counts.
    function planningPanels() {
        var wf = rowsOf('waterfall');
        var b = panel(
            'pipeline',
            'waterfall',
            'Pipeline waterfall by month',
            'The pipeline expected to close in each month: start + created + pulled in − pushed out ± amount changes − won − ' +
                'lost = end (month-end snapshots).',
            ['waterfall'],
            { wide: true },
        );
        var months = distinct(
            wf.map(function (r) {
                return r.Month;
            }),
        ).sort();
        var moves = [
            ['Start', 'StartAmount', 1], ['Created', 'CreatedAmount', 1], ['Pulled in', 'PulledInAmount', 1],
            ['Pushed out', 'PushedOutAmount', -1], ['Amount change', 'AmountChange', 1], ['Won', 'WonAmount', -1],
            ['Lost', 'LostAmount', -1], ['End', 'EndAmount', 1],
        ];
        if (!wf.length) {
            empty(b, 'waterfall', 'No month-end pipeline in the selection.');
        } else {
            var byMonth = group(wf, 'Month');
            chart(b, 'waterfall', {
                tooltip: { trigger: 'axis', valueFormatter: F.money },
                legend: { top: 0 },
                xAxis: { type: 'category', data: months.map(F.month) },
                yAxis: axisMoney(),
                series: moves.map(function (m) {
                    return {
                        name: m[0],
                        type: 'bar',
                        color: colour(m[0]),
                        data: months.map(function (mo) {
                            return m[2] * sum(byMonth.get(mo), m[1]);
                        }),
                    };
                }),
            });
        }

        var fc = rowsOf('forecast');
        b = panel(
            'pipeline',
            'forecast',
            'Bookings forecast one month ahead, back-tested',
            "Forecast at each month end from the open pipeline at the company's own win rate per stage and age, the CRM's " +
                'weighted pipeline, and what those opportunities booked by the end of the month.',
            ['forecast'],
            { wide: true },
        );
        if (!fc.length) {
            empty(b, 'forecast', 'No ended month with a forecast in the selection.');
        } else {
            var fm = fc.map(function (r) {
                return r.Month;
            });
            chart(b, 'forecast', {
                tooltip: { trigger: 'axis', valueFormatter: F.money },
                legend: { top: 0 },
                xAxis: { type: 'category', data: fm.map(F.month) },
                yAxis: axisMoney(),
                series: [
                    ['Own-rate forecast', 'ForecastAmount'], ['CRM weighted', 'CrmWeightedAmount'], ['Booked', 'ActualAmount'],
                ].map(function (s) {
                    return {
                        name: s[0],
                        type: 'line',
                        color: colour(s[0]),
                        data: fc.map(function (r) {
                            return r[s[1]];
                        }),
                    };
                }),
            });
        }

        var plan = rowsOf('plan');
        b = panel(
            'pipeline',
            'plan',
            'Reverse waterfall: the funnel the targets need',
            "Entries each stage needs for the bookings targets in the selection at the last 12 months' rates and lags " +
                '(P10–P90 from the rates\' uncertainty), against what happened and what is in flight.',
            ['plan'],
            { wide: true },
        );
        var stages = group(plan, 'Stage');
        var planRows = distinct(
            plan.map(function (r) {
                return r.Stage;
            }),
        ).map(function (st) {
            var rows = stages.get(st);
            return {
                Stage: st,
                Order: rows[0].StageOrder,
                Required: sum(rows, 'Required'),
                Low: sum(rows, 'RequiredLow'),
                High: sum(rows, 'RequiredHigh'),
                Actual: sum(rows, 'Actual'),
                InFlight: sum(rows, 'InFlight'),
            };
        });
        planRows.sort(function (x, y) {
            return x.Order - y.Order;
        });
        if (
            !table(
                b,
                'plan',
                [
                    { title: 'Stage', value: function (r) { return r.Stage; } },
                    { title: 'Required', num: true, value: function (r) { return F.count(r.Required); } },
                    { title: 'P10–P90', num: true, value: function (r) { return F.count(r.Low) + ' – ' + F.count(r.High); } },
                    { title: 'Actual', num: true, value: function (r) { return F.count(r.Actual); } },
                    { title: 'In flight', num: true, value: function (r) { return F.count(r.InFlight); } },
                    { title: 'Gap', num: true, value: function (r) { return F.count(r.Required - r.Actual - r.InFlight); } },
                ],
                planRows,
            )
        ) {
            empty(b, 'plan', 'No team bookings target in the selection.');
        }

        var impact = rowsOf('slaimpact');
        b = panel(
            'sla',
            'sla-impact',
            'What handoff SLA breaches cost',
            'Handed-off leads whose handoff SLA was met vs breached and how many reached SAL, SQL and won; revenue at risk = ' +
                'breached × (met − breached won rate) × average won amount. An association, not proof of cause.',
            ['slaimpact'],
            { wide: true },
        );
        var byOutcome = group(impact, 'Outcome');
        var impactRows = ['SAL', 'SQL', 'Won']
            .filter(function (o) {
                return byOutcome.has(o);
            })
            .map(function (o) {
                var rows = byOutcome.get(o);
                var met = div(sum(rows, 'MetConverted'), sum(rows, 'MetLeads'));
                var breached = div(sum(rows, 'BreachedConverted'), sum(rows, 'BreachedLeads'));
                var atRisk = o === 'Won' && met != null && breached != null
                    ? sum(rows, 'BreachedLeads') * (met - breached) * rows[0].AverageWonAmount
                    : null;
                return { Outcome: o, MetLeads: sum(rows, 'MetLeads'), Met: met, BreachedLeads: sum(rows, 'BreachedLeads'),
                    Breached: breached, AtRisk: atRisk };
            });
        if (
            !table(
                b,
                'sla-impact',
                [
                    { title: 'To', value: function (r) { return r.Outcome; } },
                    { title: 'Met', num: true, value: function (r) { return F.count(r.MetLeads); } },
                    { title: 'Met rate', num: true, value: function (r) { return F.percent(r.Met); } },
                    { title: 'Breached', num: true, value: function (r) { return F.count(r.BreachedLeads); } },
                    { title: 'Breached rate', num: true, value: function (r) { return F.percent(r.Breached); } },
                    { title: 'Revenue at risk', num: true, value: function (r) { return F.money(r.AtRisk); } },
                ],
                impactRows,
            )
        ) {
            empty(b, 'sla-impact', 'No resolved handoff SLA clock in the selection.');
        }
    }

    // ---- Pipeline ---------------------------------------------------------------------------------------------------
    function pipelinePage() {
        var pipe = rowsOf('pipeline');
        var weeks = distinct(
            pipe.map(function (r) {
                return r.Week;
            }),
        );
        var byWeek = group(pipe, 'Week');
        var last = weeks.length ? byWeek.get(weeks[weeks.length - 1]) : [];
        function coverage(rows) {
            return rows.length ? div(sum(rows, 'ClosingAmount'), rows[0].ClosingTarget) : null;
        }
        var note = scopeNote(['pipeline']);
        var asOf = weeks.length ? ' (week of ' + weeks[weeks.length - 1] + ')' : '';
        tiles('pipeline', [
            { key: 'openPipeline', label: 'Open pipeline' + asOf, value: sum(last, 'OpenAmount'), format: 'money', note: note },
            {
                key: 'weightedPipeline',
                label: 'Weighted pipeline',
                value: sum(last, 'WeightedAmount'),
                format: 'money',
                note: note,
            },
            {
                key: 'openOpportunities',
                label: 'Open opportunities',
                value: sum(last, 'OpenOpportunities'),
                format: 'count',
                note: note,
            },
            {
                key: 'coverage',
                label: "Coverage of the next 3 months' target",
                value: coverage(last),
                format: 'ratio',
                note: note,
            },
        ]);
        if (current !== 'pipeline') {
            return;
        }
        var b = panel(
            'pipeline',
            'pipeline-trend',
            'Open pipeline by stage, weekly',
            'Amount of open opportunities at each Sunday snapshot.',
            ['pipeline'],
            { wide: true },
        );
        var stageNames = distinct(
            pipe.map(function (r) {
                return r.Stage;
            }),
        );
        var order = {};
        pipe.forEach(function (r) {
            order[r.Stage] = r.SortOrder;
        });
        stageNames.sort(function (a, c) {
            return order[a] - order[c];
        });
        var noPipe = T.pipeline.length
            ? 'No pipeline snapshots in the selected period.'
            : 'No pipeline snapshots in this export (no open opportunities on any Sunday).';
        if (!weeks.length) {
            empty(b, 'pipeline-trend', noPipe);
        } else {
            chart(b, 'pipeline-trend', {
                tooltip: valueTip(F.money),
                xAxis: { type: 'category', data: weeks },
                yAxis: axisMoney(),
                series: stageNames.map(function (s) {
                    return {
                        name: s,
                        type: 'bar',
                        stack: 'open',
                        color: colour(s),
                        barCategoryGap: '15%',
                        data: weeks.map(function (w) {
                            return sum(
                                byWeek.get(w).filter(function (r) {
                                    return r.Stage === s;
                                }),
                                'OpenAmount',
                            );
                        }),
                    };
                }),
            });
        }
        b = panel(
            'pipeline',
            'coverage',
            'Coverage',
            "Pipeline closing in the snapshot's month and the two after it ÷ the teams' bookings target for them " +
                '(1 : 1 = pipeline equals target).',
            ['pipeline'],
            { wide: true },
        );
        var withTarget = weeks.filter(function (w) {
            return byWeek.get(w)[0].ClosingTarget;
        });
        if (!withTarget.length) {
            empty(
                b,
                'coverage',
                weeks.length ? 'No bookings target for these months (Targets.csv has no team Bookings rows).' : noPipe,
            );
        } else {
            chart(b, 'coverage', {
                legend: false,
                tooltip: valueTip(F.ratio),
                xAxis: { type: 'category', data: withTarget },
                yAxis: {
                    type: 'value',
                    axisLabel: {
                        formatter: function (v) {
                            return v + ' : 1';
                        },
                    },
                },
                series: [
                    {
                        name: 'Coverage',
                        type: 'line',
                        color: colour('Coverage'),
                        symbolSize: 4,
                        areaStyle: { opacity: 0.12 },
                        markLine: {
                            silent: true,
                            symbol: 'none',
                            label: { formatter: 'target', position: 'insideEndTop' },
                            data: [{ yAxis: 1 }],
                        },
                        data: withTarget.map(function (w) {
                            return coverage(byWeek.get(w));
                        }),
                    },
                ],
            });
        }
    }

    // ---- Customers --------------------------------------------------------------------------------------------------
    function customersPage() {
        var cust = rowsOf('customers');
        var note = scopeNote(['customers']);
        tiles('customers', [
            { key: 'customers', label: 'Customer accounts', value: sum(cust, 'Customers'), format: 'count', note: note },
            { key: 'churned', label: 'Churned', value: sum(cust, 'ChurnedCustomers'), format: 'count', note: note },
            {
                key: 'lifetimeRevenue',
                label: 'Lifetime revenue',
                value: sum(cust, 'LifetimeRevenue'),
                format: 'money',
                note: note,
            },
            {
                key: 'avgPredictedClv',
                label: 'Avg predicted CLV',
                value: div(sum(cust, 'PredictedClv'), sum(cust, 'Customers')),
                format: 'money',
                note: note,
            },
            {
                key: 'cac',
                label: 'CAC',
                value: div(sum(cust, 'AcquisitionCost'), sum(cust, 'NewCustomers')),
                format: 'money',
                note: note,
            },
            {
                key: 'customersClvToCac',
                label: 'CLV : CAC (predicted)',
                value: div(sum(cust, 'NewCustomerPredictedClv'), sum(cust, 'AcquisitionCost')),
                format: 'ratio',
                note: note,
            },
        ]);
        if (current !== 'customers') {
            return;
        }
        channelRatio(
            panel(
                'customers',
                'customers-clv-cac',
                'CLV : CAC by acquisition channel',
                'Predicted CLV of new customers ÷ their acquisition cost.',
                ['customers'],
            ),
            'customers-clv-cac',
            cust,
        );
        var b = panel(
            'customers',
            'clv-segment',
            'Average CLV by segment',
            'Historical (earned so far) and predicted lifetime value per customer.',
            ['customers'],
        );
        var g = group(cust, 'Segment');
        var segs = Array.from(g.keys()).sort();
        if (!segs.length) {
            empty(
                b,
                'clv-segment',
                T.customers.length ? 'No customers for the selected filters.' : 'No customers in this export yet.',
            );
        } else {
            chart(b, 'clv-segment', {
                tooltip: valueTip(F.money),
                xAxis: { type: 'category', data: segs, axisLabel: { interval: 0 } },
                yAxis: axisMoney(),
                series: [
                    {
                        name: 'Historical CLV',
                        type: 'bar',
                        color: colour('Historical CLV'),
                        data: segs.map(function (s) {
                            return div(sum(g.get(s), 'HistoricalClv'), sum(g.get(s), 'Customers'));
                        }),
                    },
                    {
                        name: 'Predicted CLV',
                        type: 'bar',
                        color: colour('Predicted CLV'),
                        data: segs.map(function (s) {
                            return div(sum(g.get(s), 'PredictedClv'), sum(g.get(s), 'Customers'));
                        }),
                    },
                ],
            });
        }
        b = panel(
            'customers',
            'customers-table',
            'By channel and persona',
            'Customers, revenue and value per acquisition channel and persona.',
            ['customers'],
            { wide: true },
        );
        var gp = group(cust, function (r) {
            return r.Channel + '\u0000' + r.Persona;
        });
        if (
            !table(
                b,
                'customers',
                [
                    {
                        title: 'Channel',
                        value: function (k) {
                            return gp.get(k)[0].Channel;
                        },
                    },
                    {
                        title: 'Persona',
                        value: function (k) {
                            return gp.get(k)[0].Persona;
                        },
                    },
                    {
                        title: 'Customers',
                        num: true,
                        value: function (k) {
                            return F.count(sum(gp.get(k), 'Customers'));
                        },
                    },
                    {
                        title: 'Churned',
                        num: true,
                        value: function (k) {
                            return F.count(sum(gp.get(k), 'ChurnedCustomers'));
                        },
                    },
                    {
                        title: 'Lifetime revenue',
                        num: true,
                        value: function (k) {
                            return F.money(sum(gp.get(k), 'LifetimeRevenue'));
                        },
                    },
                    {
                        title: 'Avg predicted CLV',
                        num: true,
                        value: function (k) {
                            return F.money(div(sum(gp.get(k), 'PredictedClv'), sum(gp.get(k), 'Customers')));
                        },
                    },
                    {
                        title: 'CAC',
                        num: true,
                        value: function (k) {
                            return F.money(div(sum(gp.get(k), 'AcquisitionCost'), sum(gp.get(k), 'NewCustomers')));
                        },
                    },
                    {
                        title: 'CLV : CAC',
                        num: true,
                        value: function (k) {
                            return F.ratio(div(sum(gp.get(k), 'NewCustomerPredictedClv'), sum(gp.get(k), 'AcquisitionCost')));
                        },
                    },
                ],
                Array.from(gp.keys()).sort(),
            )
        ) {
            empty(b, 'customers-table', 'No customers for the selected filters.');
        }
    }

    // ---- Accounts ---------------------------------------------------------------------------------------------------
    // Definitions: docs/METRICS.md, Account funnel and Buying-group coverage. Counts and day totals are summed over the
    // rows in the filter; rates and averages are recomputed from them.
    function accountsPage() {
        var af = rowsOf('accountfunnel');
        var bg = rowsOf('buyinggroups');
        var afNote = scopeNote(['accountfunnel']);
        var bgNote = scopeNote(['buyinggroups']);
        function atStage(rows, n) {
            return sum(
                rows.filter(function (r) {
                    return r.StageNumber === n;
                }),
                'Accounts',
            );
        }
        var complete = bg.filter(function (r) {
            return r.BandOrder === 5;
        });
        var incomplete = bg.filter(function (r) {
            return r.BandOrder < 5;
        });
        tiles('accounts', [
            { key: 'targetAccounts', label: 'Target accounts', value: atStage(af, 1), format: 'count', note: afNote },
            { key: 'mqaAccounts', label: 'MQAs', value: atStage(af, 3), format: 'count', note: afNote },
            {
                key: 'accountToCustomer',
                label: 'Target → Customer',
                value: div(atStage(af, 5), atStage(af, 1)),
                format: 'percent',
                note: afNote,
            },
            {
                key: 'completeGroups',
                label: 'Complete buying groups',
                value: div(sum(bg, 'CompleteGroups'), sum(bg, 'Opportunities')),
                format: 'percent',
                note: bgNote,
            },
            {
                key: 'winRateComplete',
                label: 'Win rate, complete group',
                value: div(sum(complete, 'WonOpportunities'), sum(complete, 'ClosedOpportunities')),
                format: 'percent',
                note: bgNote,
            },
            {
                key: 'winRateIncomplete',
                label: 'Win rate, incomplete group',
                value: div(sum(incomplete, 'WonOpportunities'), sum(incomplete, 'ClosedOpportunities')),
                format: 'percent',
                note: bgNote,
            },
        ]);
        if (current !== 'accounts') {
            return;
        }
        var byStage = group(af, 'StageNumber');
        var stageNumbers = Array.from(byStage.keys()).sort();
        var b = panel(
            'accounts',
            'account-funnel',
            'Account funnel',
            'Accounts that reached each stage; a stage skipped on the way (an opportunity without an MQA) counts as reached.',
            ['accountfunnel'],
        );
        if (!af.length) {
            empty(b, 'account-funnel', 'No accounts for the selected filters.');
        } else {
            chart(b, 'account-funnel', {
                tooltip: valueTip(F.count),
                legend: false,
                xAxis: {
                    type: 'category',
                    data: stageNumbers.map(function (n) {
                        return byStage.get(n)[0].Stage;
                    }),
                },
                yAxis: { type: 'value' },
                series: [
                    {
                        name: 'Accounts',
                        type: 'bar',
                        color: colour('Accounts'),
                        data: stageNumbers.map(function (n) {
                            return sum(byStage.get(n), 'Accounts');
                        }),
                    },
                ],
            });
        }
        var bands = group(bg, 'BandOrder');
        var bandOrders = Array.from(bands.keys()).sort();
        var bandNames = bandOrders.map(function (o) {
            return bands.get(o)[0].Band;
        });
        b = panel(
            'accounts',
            'coverage-win-rate',
            'Win rate by buying-group coverage',
            'Won ÷ closed new-business deals, by the share of the required roles engaged within the window before the close.',
            ['buyinggroups'],
        );
        if (!bg.length) {
            empty(b, 'coverage-win-rate', 'No new-business deals for the selected filters.');
        } else {
            chart(b, 'coverage-win-rate', {
                tooltip: valueTip(F.percent),
                legend: false,
                xAxis: { type: 'category', data: bandNames, axisLabel: { interval: 0 } },
                yAxis: axisPercent(1),
                series: [
                    {
                        name: 'Win rate',
                        type: 'bar',
                        color: colour('Win rate'),
                        data: bandOrders.map(function (o) {
                            return div(sum(bands.get(o), 'WonOpportunities'), sum(bands.get(o), 'ClosedOpportunities'));
                        }),
                    },
                ],
            });
        }
        b = panel(
            'accounts',
            'coverage-cycle',
            'Sales cycle by buying-group coverage',
            'Average days from creation to close of the won deals, and until the group was complete (complete groups).',
            ['buyinggroups'],
        );
        if (!bg.length) {
            empty(b, 'coverage-cycle', 'No new-business deals for the selected filters.');
        } else {
            chart(b, 'coverage-cycle', {
                tooltip: valueTip(F.days),
                xAxis: { type: 'category', data: bandNames, axisLabel: { interval: 0 } },
                yAxis: { type: 'value' },
                series: [
                    ['Won cycle', 'WonCycleDaysTotal', 'WonOpportunities'],
                    ['Days to complete group', 'DaysToCompleteTotal', 'CompleteGroups'],
                ].map(function (s) {
                    return {
                        name: s[0],
                        type: 'bar',
                        color: colour(s[0]),
                        data: bandOrders.map(function (o) {
                            return div(sum(bands.get(o), s[1]), sum(bands.get(o), s[2]));
                        }),
                    };
                }),
            });
        }
        b = panel(
            'accounts',
            'account-velocity',
            'Account conversion and velocity by segment',
            'Of the accounts that reached a stage, the share that reached the next one and the average days it took.',
            ['accountfunnel'],
        );
        var bySegmentStage = group(af, function (r) {
            return r.Segment + '\u0000' + r.StageNumber;
        });
        var keys = Array.from(bySegmentStage.keys()).sort();
        if (
            !table(
                b,
                'account-velocity',
                [
                    {
                        title: 'Segment',
                        value: function (k) {
                            return bySegmentStage.get(k)[0].Segment;
                        },
                    },
                    {
                        title: 'Stage',
                        value: function (k) {
                            return bySegmentStage.get(k)[0].Stage;
                        },
                    },
                    {
                        title: 'Accounts',
                        num: true,
                        value: function (k) {
                            return F.count(sum(bySegmentStage.get(k), 'Accounts'));
                        },
                    },
                    {
                        title: 'To next stage',
                        num: true,
                        value: function (k) {
                            var rows = bySegmentStage.get(k);
                            return rows[0].StageNumber === 5
                                ? '—'
                                : F.percent(div(sum(rows, 'NextStageAccounts'), sum(rows, 'Accounts')));
                        },
                    },
                    {
                        title: 'Days to next stage',
                        num: true,
                        value: function (k) {
                            var rows = bySegmentStage.get(k);
                            return F.days(div(sum(rows, 'DaysToNextStageTotal'), sum(rows, 'NextStageAccounts')));
                        },
                    },
                ],
                keys,
            )
        ) {
            empty(b, 'account-velocity', 'No accounts for the selected filters.');
        }
    }

    function refresh() {
        var active = activeFilters();
        summary.textContent = active.length
            ? 'Filtered by ' +
              active
                  .map(function (f) {
                      return filterNames[f];
                  })
                  .join(', ')
            : 'All data';
        executive();
        funnelPage();
        slaPage();
        campaignsPage();
        dataDrivenPanels();
        pipelinePage();
        planningPanels();
        customersPage();
        accountsPage();
        resizeVisible();
        document.body.setAttribute('data-ready', String(Date.now()));
    }
    function resizeVisible() {
        Object.keys(charts).forEach(function (k) {
            if (charts[k].getDom().closest('.page.active')) {
                charts[k].resize();
            }
        });
    }
    window.addEventListener('resize', resizeVisible);
    refresh();
})();
