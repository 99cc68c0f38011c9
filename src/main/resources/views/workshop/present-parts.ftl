<#-- Parts of the presenter view: the join screen, the join corner, the timer, and each activity kind's results
     drawn for the big screen (each kind's "present" macro in views/workshop/activities/<kind>.ftl; a kind
     without one shows its ordinary results). Names are left out in "only results" mode. -->
<#import "../charts.ftl" as ch>
<#import "parts.ftl" as w>

<#macro joinLarge>
<section class="stage__join" aria-labelledby="join-title">
  <div class="stage__join-text">
    <h2 id="join-title" class="stage__join-title">${t("workshop.present.join-title")}</h2>
    <p class="stage__join-url">${t("workshop.present.join")} <strong class="stage__url">${joinUrl}</strong></p>
    <p class="stage__join-code-line">${t("workshop.code")}: <strong class="stage__code">${workshop.code()}</strong></p>
    <p class="stage__count">${t("workshop.participant-count.plural", snapshot.participants())}</p>
  </div>
  <img class="stage__qr" src="/workshops/${workshop.id()?c}/qr.svg" alt="${t("workshop.qr-alt", joinUrl)}">
</section>
</#macro>

<#macro joinCorner>
<aside class="stage__corner" aria-label="${t("workshop.join-details")}">
  <img class="stage__corner-qr" src="/workshops/${workshop.id()?c}/qr.svg" alt="${t("workshop.qr-alt", joinUrl)}">
  <p><span class="stage__corner-url">${joinUrl?replace("^https?://", "", "r")}</span><br>${t("workshop.code")}: <strong class="stage__corner-code">${workshop.code()}</strong></p>
</aside>
</#macro>

<#macro timer>
<#if snapshot.timerEnds()??>
<p class="stage__timer"><span class="visually-hidden">${t("workshop.timer.ends")} ${fmt.dateTime(snapshot.timerEnds())}. </span><span class="stage__timer-left" data-timer-ends="${fmt.iso(snapshot.timerEnds())}" aria-hidden="true">${screen.remaining(snapshot.timerEnds())}</span></p>
</#if>
</#macro>

<#-- One activity's results for the big screen. -->
<#macro activity a>
<#local kind = a.activity().kind()?string>
<#import w.kindPart(a) as part>
<#if part.present??><@part.present a/><#else><@part.results a kind/></#if>
</#macro>

<#-- Before results are revealed: how many have answered so far, large. -->
<#macro answered a>
<p class="stage__answered">${t("workshop.respondents.plural", a.respondents())}</p>
<p class="stage__hint">${t("workshop.present.results-hidden")}</p>
</#macro>

<#-- A participant's name, unless the screen shows results only. -->
<#macro name i><#if !snapshot.onlyResults()><span class="card__name"><bdi>${i.name()?has_content?then(i.name(), t("workshop.anonymous"))}</bdi></span></#if></#macro>

<#macro card i votes=true>
<li class="card<#if i.answered()> card--answered</#if>"><span class="card__text" dir="auto">${i.text()}</span>
  <span class="card__meta"><#if votes><span class="card__votes">${t("workshop.votes.plural", i.votes())}</span></#if><@name i/></span></li>
</#macro>

<#-- Bars of a tallied activity (a poll, a rating's distribution, dot voting's ranking), with the figures as a table for assistive technology. -->
<#macro bars a counts description>
<#local c = charts.bars("chart-" + a.activity().id()?c, a.activity().title(), description).axes(t("workshop.present.axis-answers"), "")>
<#list counts as o><#local c = c.bar(o.label(), o.count(), t("workshop.count-percent", o.count(), o.percent()))></#list>
<@ch.figure chart=c table="hidden"/>
</#macro>

<#-- The SDG matrix's colour scale, -3 to +3, each step named. -->
<#macro legend>
<ul class="heat-legend" aria-label="${t("workshop.present.legend")}">
<#list [-3, -2, -1, 0, 1, 2, 3] as v><li><span class="heat-legend__swatch heat--${(v lt 0)?then("m" + (-v), "p" + v)}" aria-hidden="true"></span>${t("workshop.scale." + v?c)}</li></#list>
</ul>
</#macro>
