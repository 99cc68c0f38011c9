<#-- Parts of the workshop pages: each activity as participants see it (ordinary form controls) and as
     facilitators run it (controls, moderation), results shared by both, and the SDG interaction heat map
     (a table with every value written out; colour is decoration). -->
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>

<#-- Each kind's template part (its participant's form and its results): views/workshop/activities/<kind>.ftl. -->
<#function kindPart a><#return "activities/" + a.activity().kind()?string?lower_case?replace("_", "-") + ".ftl"></#function>

<#macro hidden a type suffix="">
<@f.csrfField/>
<input type="hidden" name="clientId" value="${formId}-${a.activity().id()?c}${suffix}">
<input type="hidden" name="type" value="${type}">
<input type="hidden" name="activity" value="${a.activity().id()?c}">
</#macro>

<#macro status a>
<p class="activity__status">
  <span class="tag">${t("workshop.kind." + a.activity().kind())}</span>
  <#if a.open()><span class="tag tag--open">${t("workshop.status.open")}</span><#else><span class="tag">${t("workshop.status.closed")}</span></#if>
  <#if a.locked()><span class="tag tag--locked">${t("workshop.status.locked")}</span></#if>
  <#if a.resultsShown()><span class="tag">${t("workshop.status.results-shown")}</span></#if>
</p>
</#macro>

<#-- What the facilitator asks in an activity, in the direction of its own writing. -->
<#macro prompt a><#if a.activity().prompt()?has_content><p class="activity__prompt" dir="auto">${a.activity().prompt()}</p></#if></#macro>
<#macro problemFor a><#if problemActivity?? && problemActivity == a.activity().id()?c><@f.problem problem/></#if><#if sent?? && sent == a.activity().id()?c><@f.notice "workshop.sent"/></#if></#macro>

<#macro textForm a type label submit>
<form method="post" action="/w/${workshop.code()}/input" class="form form--inline" data-live-form>
  <@hidden a type/>
  <div class="field">
    <label for="text-${a.activity().id()?c}">${label}</label>
    <textarea id="text-${a.activity().id()?c}" name="text" dir="auto" rows="2" maxlength="${(type == "WORD")?then(40, 1000)?c}" required>${(problemActivity == a.activity().id()?c)?then(typedText, "")}</textarea>
  </div>
  <button type="submit" class="button">${submit}</button>
</form>
</#macro>

<#-- An activity as a participant sees it. -->
<#macro participantActivity a>
<#local id = a.activity().id()?c>
<#local kind = a.activity().kind()?string>
<section class="activity" id="activity-${id}" aria-labelledby="activity-${id}-title">
  <h2 id="activity-${id}-title" dir="auto">${a.activity().title()}</h2>
  <@status a/>
  <@prompt a/>
  <@problemFor a/>
  <#if a.open() && !a.locked()>
  <#import kindPart(a) as part>
  <@part.form a id/>
  <#elseif a.locked()>
  <p>${t("workshop.locked-note")}</p>
  </#if>
  <div class="activity__results" data-results>
    <@results a/>
  </div>
</section>
</#macro>

<#macro breakoutParticipant a>
<#local id = a.activity().id()?c>
<#if a.myGroup() gt 0>
  <p class="activity__group"><strong>${t("workshop.group.yours", a.myGroup())}</strong></p>
  <#list a.config().questionList() as q>
  <form method="post" action="/w/${workshop.code()}/input" class="form form--inline" data-live-form>
    <@hidden a "IDEA" "-q" + q?index/>
    <input type="hidden" name="question" value="${q?index?c}">
    <div class="field">
      <label for="answer-${id}-${q?index?c}" dir="auto">${q}</label>
      <textarea id="answer-${id}-${q?index?c}" name="text" dir="auto" rows="2" maxlength="1000" required></textarea>
    </div>
    <button type="submit" class="button">${t("workshop.breakout.submit")}</button>
  </form>
  </#list>
<#elseif a.groups()?has_content && a.config().grouping()! == "SELF">
  <form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
    <@hidden a "GROUP_CHOSEN"/>
    <@f.select errors=noErrors name="group" label=t("workshop.group.choose") options=groupOptions(a) />
    <button type="submit" class="button">${t("workshop.group.join")}</button>
  </form>
<#else>
  <p>${t("workshop.group.waiting")}</p>
</#if>
</#macro>

<#function groupOptions a>
<#local list = []>
<#list a.groups() as gr><#local list = list + [[gr.number()?c, t("workshop.group.name", gr.number())]]></#list>
<#return list>
</#function>

<#macro targetName e><span class="target-code">${e.code()}</span> <@g.text e.label(lang.code())/></#macro>

<#macro matrixForm a>
<#local id = a.activity().id()?c>
<#local targets = matrixTargets[id]>
<form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
  <@hidden a "SCORE"/>
  <p class="hint" id="scale-${id}">${t("workshop.sdg.how")}</p>
  <div class="table-scroll">
  <table class="matrix-form">
    <caption>${t("workshop.sdg.form-caption")}</caption>
    <thead><tr><th scope="col">${t("workshop.sdg.influences")}</th><#list targets as col><th scope="col">${col.code()}</th></#list></tr></thead>
    <tbody>
    <#list targets as row>
    <tr>
      <th scope="row"><@targetName row/></th>
      <#list targets as col>
      <td><#if row?index == col?index>–<#else>
        <#local mine = a.myScore(row?index, col?index)!"">
        <label class="visually-hidden" for="cell-${id}-${row?index?c}-${col?index?c}">${t("workshop.sdg.cell", row.code(), col.code())}</label>
        <select id="cell-${id}-${row?index?c}-${col?index?c}" name="cell-${row?index?c}-${col?index?c}" aria-describedby="scale-${id}">
          <option value="">–</option>
          <#list [3, 2, 1, 0, -1, -2, -3] as v><option value="${v?c}"<#if mine?has_content && mine == v> selected</#if>>${t("workshop.scale." + v?c)}</option></#list>
        </select>
      </#if></td>
      </#list>
    </tr>
    </#list>
    </tbody>
  </table>
  </div>
  <div class="field">
    <label for="comment-${id}">${t("workshop.sdg.comment")}</label>
    <textarea id="comment-${id}" name="comment" dir="auto" rows="2" maxlength="500"></textarea>
  </div>
  <button type="submit" class="button">${t("workshop.sdg.submit")}</button>
</form>
</#macro>

<#-- Results: for participants once revealed, for facilitators always. -->
<#macro results a>
<#local kind = a.activity().kind()?string>
<#import kindPart(a) as part>
<@part.results a kind/>
</#macro>

<#-- Tallied results (a poll, a rating, dot voting): respondents and a bar per option or value. -->
<#macro bars a kind>
  <#if a.showResults()>
  <h3>${t("workshop.results")}</h3>
  <p>${t("workshop.respondents.plural", a.respondents())}<#if kind == "RATING" && a.respondents() gt 0> · ${t("workshop.rating.mean", fmt.number(a.mean()))}</#if></p>
  <ul class="bars">
  <#list a.counts() as c>
    <li class="bar"><span class="bar__label" dir="auto">${c.label()}</span> <span class="bar__value">${t("workshop.count-percent", c.count(), c.percent())}</span>
      <meter min="0" max="100" value="${c.percent()}" aria-hidden="true" class="bar__meter"></meter></li>
  </#list>
  </ul>
  </#if>
</#macro>

<#-- Items (ideas, questions, chat lines) by theme, the unthemed last. -->
<#macro board a kind>
  <#local themes = a.themes()>
  <#list themes as theme, items>
    <h3>${theme}</h3>
    <ul class="items"><#list items as i><@itemLine a i/></#list></ul>
  </#list>
  <#if themes?has_content && a.unthemed()?has_content><h3>${t("workshop.ideas.unthemed")}</h3></#if>
  <#if a.unthemed()?has_content>
  <ul class="items<#if kind == "CHAT"> items--chat</#if>"><#list a.unthemed() as i><@itemLine a i/></#list></ul>
  <#elseif !themes?has_content><p class="empty">${t("workshop.none-yet")}</p></#if>
</#macro>

<#macro itemLine a i>
<#if (report!false) && i.hidden()><#return></#if>
<#local kind = a.activity().kind()?string>
<li class="item<#if i.hidden()> item--hidden</#if><#if i.answered()> item--answered</#if>" id="item-${i.seq()?c}">
  <span class="item__text" dir="auto">${i.text()}</span>
  <span class="item__meta"><bdi>${i.name()?has_content?then(i.name(), t("workshop.anonymous"))}</bdi><#if kind == "IDEAS" || kind == "QA"> · ${t("workshop.votes.plural", i.votes())}</#if><#if i.answered()> · ${t("workshop.qa.answered")}</#if><#if i.hidden()> · ${t("workshop.hidden")}</#if><#if kind == "QA" && !i.approved() && a.config().moderated()> · ${t("workshop.qa.awaiting")}</#if></span>
  <#if !a.facilitator() && !(presenter!false) && (kind == "IDEAS" || kind == "QA") && a.open() && !a.locked() && !i.mine()>
  <form method="post" action="/w/${workshop.code()}/input" class="inline-form" data-live-form>
    <@hidden a "UPVOTE" "-v" + i.seq()?c + "-" + i.votes()/>
    <input type="hidden" name="item" value="${i.seq()?c}">
    <button type="submit" class="button button--quiet" aria-pressed="${i.votedByMe()?c}">${t(i.votedByMe()?then("workshop.unvote", "workshop.upvote"))}<span class="visually-hidden">: ${i.text()}</span></button>
  </form>
  </#if>
  <#if a.facilitator() && !(report!false)><@moderation a i/></#if>
</li>
</#macro>

<#macro control a action label item="">
<form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form">
  <@f.csrfField/>
  <input type="hidden" name="action" value="${action}">
  <input type="hidden" name="activity" value="${a.activity().id()?c}">
  <#if item?has_content><input type="hidden" name="item" value="${item}"></#if>
  <button type="submit" class="button button--quiet">${label}</button>
</form>
</#macro>

<#macro moderation a i>
<#local kind = a.activity().kind()?string>
<div class="moderation" role="group" aria-label="${t("workshop.moderate", i.text())}">
  <#if i.hidden()><@control a "SHOWN" t("workshop.show") i.seq()?c/><#else><@control a "HIDDEN" t("workshop.hide") i.seq()?c/></#if>
  <#if kind == "QA">
    <#if !i.approved()><@control a "APPROVED" t("workshop.qa.approve") i.seq()?c/></#if>
    <#if !i.answered()><@control a "ANSWERED" t("workshop.qa.mark-answered") i.seq()?c/></#if>
  </#if>
  <a class="button button--quiet" href="/workshops/${workshop.id()?c}/activities/${a.activity().id()?c}/tags?item=${i.seq()?c}">${t("workshop.tag")}</a>
</div>
</#macro>

<#-- The SDG interaction results: a table with every mean, spread and count written out; colour only adds. -->
<#macro heatmap a>
<#local id = a.activity().id()?c>
<#local targets = matrixTargets[id]>
<#local m = a.matrix()>
<h3>${t("workshop.sdg.results")}</h3>
<p class="hint">${t("workshop.sdg.results-hint")}</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="heatmap-caption-${id}">
<table class="heatmap">
  <caption id="heatmap-caption-${id}">${t("workshop.sdg.heatmap-caption")}</caption>
  <thead>
    <tr><th scope="col">${t("workshop.sdg.influences")}</th><#list targets as col><th scope="col">${col.code()}</th></#list>
      <th scope="col">${t("workshop.sdg.sum-positive")}</th><th scope="col">${t("workshop.sdg.sum-negative")}</th></tr>
  </thead>
  <tbody>
  <#list targets as row>
    <tr>
      <th scope="row"><@targetName row/></th>
      <#list targets as col>
        <#local c = m.cell(row?index, col?index)>
        <#if row?index == col?index><td class="heat heat--self">–</td>
        <#elseif !c.isScored()><td class="heat heat--none">${t("workshop.sdg.unscored")}</td>
        <#else><td class="heat heat--${(c.level() lt 0)?then("m" + (-c.level()), "p" + c.level())}"><span class="heat__mean">${fmt.number(c.mean())}</span>
          <span class="heat__meta">${t("workshop.sdg.spread-count", fmt.number(c.spread()), c.count())}</span><#if c.disagreement()> <strong class="heat__flag">${t("workshop.sdg.disagreement")}</strong></#if></td></#if>
      </#list>
      <td>${fmt.number(m.rows()[row?index].positive())}</td><td>${fmt.number(m.rows()[row?index].negative())}</td>
    </tr>
  </#list>
  </tbody>
  <tfoot>
    <tr><th scope="row">${t("workshop.sdg.column-positive")}</th><#list targets as col><td>${fmt.number(m.columns()[col?index].positive())}</td></#list><td></td><td></td></tr>
    <tr><th scope="row">${t("workshop.sdg.column-negative")}</th><#list targets as col><td>${fmt.number(m.columns()[col?index].negative())}</td></#list><td></td><td></td></tr>
  </tfoot>
</table>
</div>
<#if m.mostInfluential()?has_content>
<h4>${t("workshop.sdg.most-influential")}</h4>
<ol class="influential">
<#list m.mostInfluential() as index><#if index?index lt 5>
  <li><@targetName targets[index]/> – ${t("workshop.sdg.influence-line", fmt.number(m.rows()[index].positive()), fmt.number(m.rows()[index].negative()))}</li>
</#if></#list>
</ol>
</#if>
</#macro>

<#-- An activity as a facilitator runs it. -->
<#macro facilitatorActivity a>
<#local id = a.activity().id()?c>
<#local kind = a.activity().kind()?string>
<section class="activity activity--run" id="activity-${id}" aria-labelledby="activity-${id}-title">
  <h3 id="activity-${id}-title">${a.activity().position()}. <bdi>${a.activity().title()}</bdi></h3>
  <@status a/>
  <@prompt a/>
  <div class="controls" role="group" aria-label="${t("workshop.controls", a.activity().title())}">
    <#if a.open()><@control a "STOPPED" t("workshop.stop")/><#else><@control a "STARTED" t("workshop.start")/></#if>
    <#if a.locked()><@control a "UNLOCKED" t("workshop.unlock")/><#else><@control a "LOCKED" t("workshop.lock")/></#if>
    <#if a.resultsShown()><@control a "RESULTS_HIDDEN" t("workshop.hide-results")/><#else><@control a "RESULTS_SHOWN" t("workshop.show-results")/></#if>
    <@screenControl a/>
    <a class="button button--quiet" href="/workshops/${workshop.id()?c}/activities/${id}/tags">${t("workshop.tag-activity")}</a>
  </div>
  <#if tags[id]?? && tags[id]["0"]??><p class="tags">${t("workshop.tagged")}: <#list tags[id]["0"] as e><span class="tag">${e.code()}</span><#sep> </#sep></#list></p></#if>
  <#if kind == "BREAKOUT"><@groupsForm a/></#if>
  <#if kind == "IDEAS" && a.items()?size gt 1><@ideaTools a/></#if>
  <div class="activity__results" data-results>
    <@results a/>
  </div>
</section>
</#macro>

<#-- Whether the activity is on the big screen, or a button to put it there. -->
<#macro screenControl a>
<#if (snapshot.currentActivity()!0) == a.activity().id()><span class="tag tag--screen">${t("workshop.present.on-screen")}</span><#else>
<form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form">
  <@f.csrfField/>
  <input type="hidden" name="action" value="PRESENTED">
  <input type="hidden" name="activity" value="${a.activity().id()?c}">
  <#if snapshot.onlyResults()><input type="hidden" name="onlyResults" value="on"></#if>
  <button type="submit" class="button button--quiet">${t("workshop.present.show")}<span class="visually-hidden"> <bdi>${a.activity().title()}</bdi></span></button>
</form>
</#if>
</#macro>

<#macro groupsForm a>
<#local id = a.activity().id()?c>
<details class="panel">
  <summary>${t("workshop.groups.split")}</summary>
  <form method="post" action="/workshops/${workshop.id()?c}/control" class="form">
    <@f.csrfField/>
    <input type="hidden" name="action" value="GROUPS">
    <input type="hidden" name="activity" value="${id}">
    <fieldset>
      <legend>${t("workshop.groups.mode")}</legend>
      <#list ["RANDOM", "SELF", "LIST"] as mode>
      <div class="radio"><input type="radio" id="mode-${id}-${mode}" name="mode" value="${mode}"<#if (a.config().grouping()!"RANDOM") == mode> checked</#if>><label for="mode-${id}-${mode}">${t("workshop.groups.mode." + mode)}</label></div>
      </#list>
    </fieldset>
    <div class="field field--number"><label for="count-${id}">${t("workshop.groups.count")}</label>
      <input id="count-${id}" name="count" type="number" min="1" max="60" value="${(a.groups()?size gt 0)?then(a.groups()?size, a.config().groups())?c}"></div>
    <#if participants?has_content>
    <fieldset>
      <legend>${t("workshop.groups.list")}</legend>
      <#list participants as p>
      <div class="field field--number"><label for="group-${id}-${p.id()?c}"><bdi>${p.displayName()?has_content?then(p.displayName(), t("workshop.anonymous"))}</bdi></label>
        <input id="group-${id}-${p.id()?c}" name="group-${p.id()?c}" type="number" min="1" max="60"></div>
      </#list>
    </fieldset>
    </#if>
    <button type="submit" class="button">${t("workshop.groups.submit")}</button>
  </form>
</details>
</#macro>

<#macro ideaTools a>
<#local id = a.activity().id()?c>
<#local visible = a.unthemed() + []>
<details class="panel">
  <summary>${t("workshop.ideas.tools")}</summary>
  <form method="post" action="/workshops/${workshop.id()?c}/control" class="form">
    <@f.csrfField/>
    <input type="hidden" name="action" value="MERGED">
    <input type="hidden" name="activity" value="${id}">
    <#local options = []><#list a.items() as i><#if i.mergedInto() == 0><#local options = options + [[i.seq()?c, i.text()]]></#if></#list>
    <@f.select errors=noErrors name="item" label=t("workshop.ideas.merge-from") options=options />
    <@f.select errors=noErrors name="into" label=t("workshop.ideas.merge-into") options=options />
    <button type="submit" class="button button--quiet">${t("workshop.ideas.merge")}</button>
  </form>
  <form method="post" action="/workshops/${workshop.id()?c}/control" class="form">
    <@f.csrfField/>
    <input type="hidden" name="action" value="THEMED">
    <input type="hidden" name="activity" value="${id}">
    <fieldset>
      <legend>${t("workshop.ideas.theme-items")}</legend>
      <#list a.items() as i><#if i.mergedInto() == 0>
      <div class="checkbox"><input type="checkbox" id="theme-${id}-${i.seq()?c}" name="items" value="${i.seq()?c}"><label for="theme-${id}-${i.seq()?c}" dir="auto">${i.text()}</label></div>
      </#if></#list>
    </fieldset>
    <div class="field"><label for="theme-name-${id}">${t("workshop.ideas.theme")}</label><input id="theme-name-${id}" name="theme" type="text" maxlength="100"></div>
    <button type="submit" class="button button--quiet">${t("workshop.ideas.theme-submit")}</button>
  </form>
</details>
</#macro>
