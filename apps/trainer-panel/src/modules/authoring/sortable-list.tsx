"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import type { Announcements, DragEndEvent, UniqueIdentifier } from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useHydrated } from "@gafus/ui/client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { panelApi } from "./api";
import { FormStatus, type TStatus } from "./fields";
import { failureText } from "./errors";
import { fmt, type TLabels } from "./labels";

export type TSortableItem = { id: string; title: string; href: string; meta: string };

type TProps = {
  items: TSortableItem[];
  /** PUT target taking { ids } (relative to /trainer/api). */
  orderPath: string;
  /** DELETE target prefix; the item id is appended. */
  removePath: string;
  label: string;
  L: TLabels;
};

/**
 * A reorderable list: drag by the handle (mouse, touch, or Space + arrows via dnd-kit), or the up/down buttons.
 * Every move saves the whole order in one request and is announced in a live region; a refused save rolls back.
 */
export function SortableList({ items, orderPath, removePath, label, L }: TProps) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [list, setList] = useState(items);
  const [live, setLive] = useState("");
  const [status, setStatus] = useState<TStatus>(null);
  const [busy, setBusy] = useState(false);
  const [shownItems, setShownItems] = useState(items);
  // Which button keeps keyboard focus after a move; a ref, since setting it must not render again.
  const focusAfterMove = useRef<string | null>(null);
  // Where the dragged row was last announced to be (see announcements below).
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // The server sent a fresh list (after router.refresh()): show it (React's "adjust state on prop change" pattern).
  if (items !== shownItems) {
    setShownItems(items);
    setList(items);
  }
  useEffect(() => {
    if (!focusAfterMove.current) return;
    // React may recreate the moved row's DOM node; put focus back on its button so keyboard users keep their place.
    const [id, direction] = focusAfterMove.current.split("|");
    const row = document.querySelector<HTMLElement>(`[data-sortable-id="${id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not([disabled])`);
    (wanted ?? row?.querySelector<HTMLButtonElement>("[data-move]:not([disabled])"))?.focus();
    focusAfterMove.current = null;
  }, [list]);

  async function save(next: TSortableItem[], moved: TSortableItem) {
    const previous = list;
    setList(next);
    setBusy(true);
    const result = await panelApi(orderPath, { method: "PUT", json: { ids: next.map((i) => i.id) } });
    setBusy(false);
    if (!result.ok) {
      setList(previous);
      return setStatus({ kind: "error", text: failureText(L, result) });
    }
    setStatus(null);
    const position = next.findIndex((i) => i.id === moved.id) + 1;
    setLive(fmt(L, "authoring.reorder.moved", { title: moved.title, position, count: next.length }));
    router.refresh();
  }

  function move(index: number, delta: -1 | 1) {
    if (busy) return;
    const target = index + delta;
    const item = list[index];
    if (!item || target < 0 || target >= list.length) return;
    focusAfterMove.current = `${item.id}|${delta < 0 ? "up" : "down"}`;
    void save(arrayMove(list, index, target), item);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (busy || !over || active.id === over.id) return;
    const from = list.findIndex((i) => i.id === active.id);
    const to = list.findIndex((i) => i.id === over.id);
    const item = list[from];
    if (item && to >= 0) void save(arrayMove(list, from, to), item);
  }

  async function remove(item: TSortableItem) {
    if (busy || !window.confirm(fmt(L, "authoring.confirmRemove", { title: item.title }))) return;
    setBusy(true);
    const result = await panelApi(`${removePath}/${item.id}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", text: failureText(L, result) });
    setList(list.filter((i) => i.id !== item.id));
    setStatus(null);
    router.refresh();
  }

  // dnd-kit's own screen-reader texts name items by id (a UUID) and are English only: ours name the item and its
  // place.
  const placeOf = (id: UniqueIdentifier) => {
    const index = list.findIndex((i) => i.id === id);
    return { title: list[index]?.title ?? "", position: index + 1, count: list.length };
  };
  // Only a change of place is announced: dnd-kit reports "over itself" right after the pick-up, which would
  // otherwise talk over the pick-up message.
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return fmt(L, "authoring.reorder.pickedUp", placeOf(active.id));
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return fmt(L, "authoring.reorder.over", { ...placeOf(over.id), title: placeOf(active.id).title });
    },
    // A save announces the new place itself (`live`); a drop that starts none must still say where the item is.
    onDragEnd: ({ active, over }) =>
      busy || !over || over.id === active.id ? fmt(L, "authoring.reorder.unchanged", placeOf(active.id)) : undefined,
    onDragCancel: ({ active }) => fmt(L, "authoring.reorder.cancelled", placeOf(active.id)),
  };

  // Buttons stay enabled while a save runs (a disabled button drops keyboard focus); move() ignores clicks meanwhile.
  const disabled = !hydrated;
  return (
    <div className="stack">
      <p className="muted small">{fmt(L, "authoring.reorder.hint")}</p>
      <FormStatus status={status} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {live}
      </p>
      <DndContext
        id={`dnd-${orderPath}`}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: fmt(L, "authoring.reorder.instructions") },
        }}
      >
        <SortableContext items={list.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="sortable" aria-label={label}>
            {list.map((item, index) => (
              <SortableRow
                key={item.id}
                item={item}
                number={index + 1}
                isFirst={index === 0}
                isLast={index === list.length - 1}
                disabled={disabled}
                onMove={(delta) => move(index, delta)}
                onRemove={() => remove(item)}
                L={L}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

type TRowProps = {
  item: TSortableItem;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  L: TLabels;
};

function SortableRow({ item, number, isFirst, isLast, disabled, onMove, onRemove, L }: TRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled,
  });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`sortable-item${isDragging ? " dragging" : ""}`}
      data-sortable-id={item.id}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={fmt(L, "authoring.reorder.drag", { title: item.title })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="sortable-body">
        <a href={item.href} className="sortable-title">
          {number}. {item.title}
        </a>
        <p className="small muted">{item.meta}</p>
      </div>
      <div className="sortable-actions">
        <button
          type="button"
          className="icon-button"
          data-move="up"
          disabled={disabled || isFirst}
          onClick={() => onMove(-1)}
          aria-label={fmt(L, "authoring.reorder.moveUp", { title: item.title })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          data-move="down"
          disabled={disabled || isLast}
          onClick={() => onMove(1)}
          aria-label={fmt(L, "authoring.reorder.moveDown", { title: item.title })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="icon-button danger"
          disabled={disabled}
          onClick={onRemove}
          aria-label={fmt(L, "authoring.removeNamed", { title: item.title })}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </li>
  );
}
