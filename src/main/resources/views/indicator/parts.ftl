<#-- Signals written in words with an icon and a colour (never colour alone), and the line chart with its table. -->
<#macro signal s>
<span class="signal signal--${s.progress().status()?lower_case}"><span aria-hidden="true">${s.progress().status().icon()}</span> ${t("indicator.status." + s.progress().status())}</span>
</#macro>

<#macro trend s>
<#if s.trend()??>
<#assign tr = s.trend()>
<span class="trend trend--<#if tr.arrow() == "FLAT">flat<#elseif tr.good()>good<#else>bad</#if>"><span aria-hidden="true">${tr.arrow().icon()}</span> ${t("indicator.trend." + tr.arrow())}<#if tr.arrow() != "FLAT">, ${t(tr.good()?then("indicator.trend.good", "indicator.trend.bad"))}</#if></span>
<#else>
<span class="trend trend--flat"><span aria-hidden="true">–</span> ${t("indicator.trend.none")}</span>
</#if>
</#macro>

<#macro rank s>
<#if s.rank()??>
<span class="rank rank--${s.rank()?lower_case}"><span aria-hidden="true">${s.rank().icon()}</span> ${t("indicator.rank." + s.rank())}</span>
<#else>
<span class="rank rank--none"><span aria-hidden="true">–</span> ${t("indicator.rank.none")}</span>
</#if>
</#macro>

<#macro latest s unit>
<#if s.latest()??>${fmt.number(s.latest().value())}<#if unit?has_content> ${unit}</#if> (${s.latest().year()?c})<#else>${t("indicator.no-values")}</#if>
</#macro>

<#macro sparkline f>
<#if f.sparkline()??>
<svg class="sparkline" viewBox="0 0 80 20" width="80" height="20" aria-hidden="true" focusable="false"><polyline points="${f.sparkline()}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>
</#if>
</#macro>

<#-- dash patterns and markers per series: own solid with circles, comparison dashed with squares, national dotted
     with diamonds, target with triangles, projection long-dashed -->
<#function dash key><#return {"own": "", "comparison": "6 4", "national": "2 3", "target": "1 0", "projection": "10 5", "interval": ""}[key]></#function>
<#function stroke key><#return {"own": "#1f4e79", "comparison": "#8a4b00", "national": "#3d3d3d", "target": "#1b6e3a", "projection": "#1f4e79", "interval": "#1f4e79"}[key]></#function>

<#macro marker key x y>
<#if key == "own"><circle cx="${x?c}" cy="${y?c}" r="4" fill="${stroke(key)}"/>
<#elseif key == "comparison"><rect x="${(x - 4)?c}" y="${(y - 4)?c}" width="8" height="8" fill="${stroke(key)}"/>
<#elseif key == "national"><path d="M${x?c} ${(y - 5)?c} L${(x + 5)?c} ${y?c} L${x?c} ${(y + 5)?c} L${(x - 5)?c} ${y?c} Z" fill="${stroke(key)}"/>
<#elseif key == "interval"><line x1="${(x - 6)?c}" x2="${(x + 6)?c}" y1="${y?c}" y2="${y?c}" stroke="${stroke(key)}" stroke-width="2"/>
<#elseif key == "target"><path d="M${x?c} ${(y - 6)?c} L${(x + 6)?c} ${(y + 5)?c} L${(x - 6)?c} ${(y + 5)?c} Z" fill="none" stroke="${stroke(key)}" stroke-width="2"/>
</#if>
</#macro>

<#macro chart c f title unit>
<figure class="indicator-chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width()?c} ${c.height()?c}" width="100%" role="img" aria-labelledby="chart-title chart-desc" style="max-width:${c.width()?c}px">
  <title id="chart-title">${title}</title>
  <desc id="chart-desc">${t("indicator.chart.desc")}</desc>
  <rect x="${c.left()?c}" y="${c.top()?c}" width="${c.plotWidth()?c}" height="${c.plotHeight()?c}" fill="#fff" stroke="#767676"/>
  <#list c.yTicks() as tk>
  <line x1="${c.left()?c}" x2="${(c.left() + c.plotWidth())?c}" y1="${tk.position()?c}" y2="${tk.position()?c}" stroke="#d0d0d0"/>
  <text x="${(c.left() - 6)?c}" y="${(tk.position() + 4)?c}" text-anchor="end" font-size="12" fill="#222">${tk.label()}</text>
  </#list>
  <#list c.xTicks() as tk>
  <text x="${tk.position()?c}" y="${(c.top() + c.plotHeight() + 18)?c}" text-anchor="middle" font-size="12" fill="#222">${tk.label()}</text>
  </#list>
  <#list c.lines() as line>
  <g class="chart-line chart-line--${line.key()}">
    <#if line.key() != "target"><polyline points="${line.points()}" fill="none" stroke="${stroke(line.key())}" stroke-width="2"<#if dash(line.key())?has_content> stroke-dasharray="${dash(line.key())}"</#if>/></#if>
    <#list line.marks() as m><@marker key=line.key() x=m.x() y=m.y()/></#list>
  </g>
  </#list>
</svg>
<figcaption>
  <ul class="chart-legend">
  <#list c.lines() as line>
    <li><svg width="28" height="12" aria-hidden="true" focusable="false"><line x1="0" x2="28" y1="6" y2="6" stroke="${stroke(line.key())}" stroke-width="2"<#if dash(line.key())?has_content> stroke-dasharray="${dash(line.key())}"</#if>/></svg> ${t("indicator.series." + line.key())}</li>
  </#list>
  </ul>
  <#if unit?has_content><p>${t("indicator.chart.unit", unit)}</p></#if>
</figcaption>
</figure>
<div class="table-wrap">
<table>
  <caption>${t("indicator.chart.table")}</caption>
  <thead><tr><th scope="col">${t("indicator.field.year")}</th><th scope="col">${t("indicator.series.own")}</th><th scope="col">${t("indicator.series.comparison")}</th><th scope="col">${t("indicator.series.national")}</th><th scope="col">${t("indicator.series.target")}</th><th scope="col">${t("indicator.series.projection")}</th></tr></thead>
  <tbody>
  <#list f.table() as r>
    <tr><th scope="row">${r.year()?c}</th><td><#if r.own()??>${fmt.number(r.own())}</#if></td><td><#if r.comparison()??>${fmt.number(r.comparison())}</#if></td><td><#if r.national()??>${fmt.number(r.national())}</#if></td><td><#if r.target()??>${fmt.number(r.target())}</#if></td><td><#if r.projection()??>${t("indicator.chart.projected", fmt.number(r.projection().value()), fmt.number(r.projection().low()), fmt.number(r.projection().high()))}</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
</#macro>

<#-- One click starts a workshop or a dialogue on an indicator's causes (the kinds the user may start). -->
<#macro startButtons i>
<#list startable as kind>
<form method="post" action="/indicators/${i.id()?c}/start/${kind}" class="inline-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit" class="button button--quiet">${t("indicator.input.start." + kind)}<span class="visually-hidden"> ${i.title()}</span></button>
</form>
</#list>
</#macro>

<#-- What was started from an indicator and what came in. -->
<#macro inputs list>
<#if list?has_content>
<ul class="indicator-inputs">
<#list list as x>
  <li><#if x.gathered().isPresent()><#assign g = x.gathered().get()>
    <a href="${g.href()}">${t("indicator.input.kind." + x.kind())}: ${g.title()}</a> (${t("indicator.input.count." + x.kind(), g.count())}, ${t("indicator.input.started", fmt.date(x.link().startedAt()))})
    <#if g.latest()?has_content><ul><#list g.latest() as text><li><q>${text}</q></li></#list></ul></#if>
  <#else>${t("indicator.input.kind." + x.kind())}: ${t("indicator.input.gone")}</#if></li>
</#list>
</ul>
<#else><p>${t("indicator.input.none")}</p></#if>
</#macro>
